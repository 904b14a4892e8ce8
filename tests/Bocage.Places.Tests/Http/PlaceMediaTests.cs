using System.Net;
using System.Text.RegularExpressions;
using Bocage.Places.Seed;
using SkiaSharp;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// An agent of Trélon adds a photo, a panorama and a 3D object to the glass museum through the kernel's uploads
/// (sniffed, scanned), the visitor's page shows them with their words, the files are served for a year with a
/// validator; mistakes are told at their field with what was typed kept; another commune's agent cannot touch them.
/// </summary>
public sealed partial class PlaceMediaTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Page = "/gestion/lieux/musee-verre-trelon/medias";
    private const string Add = Page + "?handler=Add";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_photo_is_resized_published_with_its_words_and_served_for_a_year(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);

        using var sent = await agent.SubmitWithFilesAsync(
            Add,
            Words("Photo", "Le four en marche", "Un verrier cueille le verre en fusion à la bouche du four."),
            [new UploadedFile("file", "four.png", Picture(3000, 2000), "image/png")],
            Page
        );
        var desk = WebUtility.HtmlDecode(agent.LastPage);
        var visitor = app.Browser();
        var page = WebUtility.HtmlDecode(await visitor.OpenAsync("/annuaire/musee-verre-trelon"));
        var large = PhotoUrl().Match(page).Groups[1].Value;
        using var file = await visitor.GetAsync($"{large}/grand");
        var bytes = await file.Content.ReadAsByteArrayAsync();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{large}/grand");
        conditional.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        using var again = await visitor.Client.SendAsync(conditional);

        Assert.Contains("Le média a été ajouté à la page du lieu.", desk);
        Assert.Contains("<h3>Le four en marche</h3>", desk);
        Assert.Contains("alt=\"Le four en marche\"", page);
        Assert.Contains("<figcaption>Un verrier cueille le verre en fusion à la bouche du four.</figcaption>", page);
        Assert.Contains("width=\"1600\" height=\"1067\"", page);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", file.Headers.CacheControl?.ToString());
        Assert.Equal((1600, 1067), Size(bytes));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Contains($"\"image\":[\"http", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Mistakes_are_told_at_their_field_and_what_was_typed_stays(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);

        using var untitled = await agent.SubmitWithFilesAsync(
            Add,
            Words("Photo", "", "Une description gardée."),
            [new UploadedFile("file", "four.png", Picture(400, 300), "image/png")],
            Page
        );
        var noTitle = WebUtility.HtmlDecode(agent.LastPage);
        using var flat = await agent.SubmitWithFilesAsync(
            Add,
            Words("Panorama", "La cour", "La cour pavée."),
            [new UploadedFile("file", "cour.png", Picture(3000, 1000), "image/png")],
            Page
        );
        var notPanorama = WebUtility.HtmlDecode(agent.LastPage);
        using var virus = await agent.SubmitWithFilesAsync(
            Add,
            Words("Model", "Un vase", "Un vase bleu."),
            [new UploadedFile("file", "vase.glb", EicarGlb(), "model/gltf-binary")],
            Page
        );
        var infected = WebUtility.HtmlDecode(agent.LastPage);
        var visitorPage = await app.Browser().OpenAsync("/annuaire/musee-verre-trelon");

        Assert.Contains("Donnez un titre en français", noTitle);
        Assert.Contains("Une description gardée.", noTitle);
        Assert.Contains("n'est pas un panorama à 360°", notPanorama);
        Assert.Contains("value=\"La cour\"", notPanorama);
        Assert.Contains("contient un virus", infected);
        Assert.Contains("id=\"file-erreur\"", infected);
        Assert.DoesNotContain("La cour", visitorPage);
        Assert.DoesNotContain("Un vase", visitorPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Panoramas_are_linked_room_to_room_a_model_is_offered_and_a_removed_media_is_gone(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);

        using var sent = await agent.SubmitWithFilesAsync(
            Add,
            Words("Panorama", "La réserve", "La réserve aux étagères chargées de bouteilles."),
            [new UploadedFile("file", "reserve.jpg", Picture(2400, 1200, SKEncodedImageFormat.Jpeg), "image/jpeg")],
            Page
        );
        var desk = agent.LastPage;
        var ids = MediaId().Matches(desk).Select(m => m.Groups[1].Value).Distinct().ToList();
        // The demo's hall and workshop, the demo's bottle, then the new reserve.
        var (hall, reserve) = (ids[0], ids[^1]);
        using var linked = await agent.SubmitAsync(
            Page + "?handler=Link",
            new Dictionary<string, string>
            {
                ["id"] = hall,
                ["link.Target"] = reserve,
                ["link.Yaw"] = "120,5",
                ["link.Pitch"] = "-3",
            },
            Page
        );
        var visit = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/annuaire/musee-verre-trelon"));
        using var wrongLink = await agent.SubmitAsync(
            Page + "?handler=Link",
            new Dictionary<string, string>
            {
                ["id"] = hall,
                ["link.Target"] = reserve,
                ["link.Yaw"] = "400",
            },
            Page
        );
        var refused = WebUtility.HtmlDecode(agent.LastPage);
        using var notHis = await fourmies.GetAsync(Page);
        using var removed = await agent.SubmitAsync(
            Page + "?handler=Remove",
            new Dictionary<string, string> { ["id"] = reserve },
            Page
        );
        using var gone = await app.Browser().GetAsync($"/annuaire/musee-verre-trelon/medias/{reserve}/grand");
        var after = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/annuaire/musee-verre-trelon"));

        Assert.Contains("\"text\":\"La r\\u00E9serve\"", visit);
        Assert.Contains("\"yaw\":120.5", visit);
        Assert.Contains("Voir l'objet en 3D", visit);
        var english = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/annuaire/musee-verre-trelon?langue=en"));
        Assert.Contains("Download the 3D model (GLB, 14 KB)", english);
        Assert.Contains("The glassmakers' workshop", english);
        Assert.Contains("Télécharger le modèle 3D (GLB,", visit);
        Assert.Contains("horizontale entre -180 et 180 degrés", refused);
        Assert.Equal(HttpStatusCode.NotFound, notHis.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain("La réserve", after);
        Assert.Contains("La halle du four", after);
    }

    private static Dictionary<string, string> Words(string kind, string title, string description) =>
        new()
        {
            ["Input.Kind"] = kind,
            ["Input.TitleFr"] = title,
            ["Input.DescriptionFr"] = description,
        };

    private static byte[] Picture(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png) =>
        SamplePictures.Plain(width, height, new SKColor(180, 90, 40), format);

    // A well-formed GLB header around the EICAR test string: the sniffer takes it, ClamAV must not.
    private static byte[] EicarGlb()
    {
        var eicar = System.Text.Encoding.ASCII.GetBytes(
            @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*    "
        );
        var length = 20 + eicar.Length;
        byte[] header = [.. "glTF"u8, 2, 0, 0, 0, (byte)length, 0, 0, 0, (byte)eicar.Length, 0, 0, 0, .. "JSON"u8];
        return [.. header, .. eicar];
    }

    private static (int, int) Size(byte[] jpeg)
    {
        using var bitmap = SKBitmap.Decode(jpeg);
        return (bitmap.Width, bitmap.Height);
    }

    [GeneratedRegex("<a href=\"(/annuaire/musee-verre-trelon/medias/[0-9a-f-]{36})/grand\"><img")]
    private static partial Regex PhotoUrl();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex MediaId();
}
