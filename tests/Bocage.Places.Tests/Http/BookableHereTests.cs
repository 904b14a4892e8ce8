using System.Net;
using Bocage.Places.Contracts;
using Bocage.Places.Seed;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// A place of the directory lists what can be booked there: its agent ticks it on the place's form, and the
/// bookable's page in the bookings engine names the place and shows its photos (through the directory's contract).
/// </summary>
public sealed class BookableHereTests
{
    private const string Password = "Bocage-demo-2026";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_booking_page_of_a_room_shows_the_place_that_lists_it_and_its_photos(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);

        // The form ticks the commune's bookables the place lists.
        var form = await agent.OpenAsync("/gestion/lieux/mairie-trelon/modifier");
        Assert.Matches("name=\"reservables\" value=\"salle-visio-trelon\" checked", form);

        using var sent = await agent.SubmitWithFilesAsync(
            "/gestion/lieux/mairie-trelon/medias?handler=Add",
            new Dictionary<string, string>
            {
                ["Input.Kind"] = "Photo",
                ["Input.TitleFr"] = "La salle de visioconférence",
                ["Input.DescriptionFr"] = "Une table, un écran et une caméra.",
            },
            [new UploadedFile("file", "salle.png", Picture(2000, 1000), "image/png")],
            "/gestion/lieux/mairie-trelon/medias"
        );
        Assert.Contains("Le média a été ajouté", WebUtility.HtmlDecode(agent.LastPage));

        // Signed in, the page is not a cached copy.
        var room = WebUtility.HtmlDecode(await agent.OpenAsync("/reserver/salle-visio-trelon"));
        Assert.Contains("<dt>Dans l'annuaire</dt><dd><a href=\"/annuaire/mairie-trelon\">Mairie de Trélon</a>", room);
        Assert.Matches(
            "<img src=\"/annuaire/mairie-trelon/medias/[0-9a-f-]{36}/petit\" srcset=\"[^\"]+ 640w, [^\"]+ 1600w\"",
            room
        );
        Assert.Contains("alt=\"La salle de visioconférence\"", room);
        Assert.Contains("<figcaption>Une table, un écran et une caméra.</figcaption>", room);

        // A room no place lists has neither.
        var studio = WebUtility.HtmlDecode(await agent.OpenAsync("/reserver/cabine-teleconsultation-anor"));
        Assert.DoesNotContain("mairie-trelon", studio);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_bookable_is_found_by_its_whole_slug_never_by_a_part(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IPlaceCatalog>();

        Assert.Equal("mairie-trelon", (await catalog.HostOfAsync("salle-visio-trelon", default))?.Slug);
        Assert.Equal("mediatheque-fourmies", (await catalog.HostOfAsync("studio-son-image", default))?.Slug);
        Assert.Null(await catalog.HostOfAsync("salle-visio", default));
        Assert.Null(await catalog.HostOfAsync("studio-son-image-2", default));
        Assert.Empty(await catalog.PhotosAsync("mairie-trelon", default));
    }

    private static byte[] Picture(int width, int height) =>
        SamplePictures.Plain(width, height, new SKColor(60, 120, 180), SKEncodedImageFormat.Png);
}
