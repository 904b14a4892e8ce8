using System.Net;
using Bocage.Bookings.Seed;

namespace Bocage.Bookings.Tests.Http;

/// <summary>The agents' side: each sees the planning of their commune's places, and no other.</summary>
public sealed class BackOfficeTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_Fourmies_agent_sees_who_comes_to_the_studio_and_the_Trelon_agent_does_not(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "planning@example.fr", "Dominique");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);
        var day = DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(slot.StartUtc)).ToString("yyyy-MM-dd");
        var fourmies = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        var trelon = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);

        var desk = WebUtility.HtmlDecode(await fourmies.OpenAsync("/gestion/reservations"));
        var planning = WebUtility.HtmlDecode(
            await fourmies.OpenAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}?du={day}")
        );
        var trelonDesk = WebUtility.HtmlDecode(await trelon.OpenAsync("/gestion/reservations"));
        using var trelonPlanning = await trelon.GetAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}?du={day}");
        using var inhabitant = await person.GetAsync("/gestion/reservations");

        Assert.Contains("Studio son et image", desk);
        Assert.DoesNotContain("Salle de visioconférence", desk);
        Assert.Contains("Dominique Lefèvre", planning);
        Assert.Contains("Salle de visioconférence", trelonDesk);
        Assert.DoesNotContain("Studio son et image", trelonDesk);
        Assert.Equal(HttpStatusCode.NotFound, trelonPlanning.StatusCode);
        // Refused: 403, or the access-denied page the sign-in cookie leads to; never the desk.
        Assert.False(
            inhabitant.StatusCode == HttpStatusCode.OK
                && inhabitant.RequestMessage!.RequestUri!.AbsolutePath == "/gestion/reservations"
        );
        Assert.DoesNotContain("Studio son et image", person.LastPage);
    }
}
