using System.Net;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Seed;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// A place shut apart from its opening hours: its slots of those days are no longer offered, the public reads why,
/// the bookings of those days are cancelled with the reason mailed; taking the closure back offers the days again.
/// </summary>
public sealed class ClosureTests
{
    private const string Page = "/gestion/reservations/" + BookingsDemo.StudioSlug + "/fermetures";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_closes_a_day_its_booking_is_cancelled_with_the_reason_and_reopening_offers_it_again(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 4);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(slot.StartUtc));
        var person = await BookingSteps.NewPersonAsync(app, "fermeture@example.fr");
        using (var booked = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot))
        {
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        }
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        Assert.Contains($"href=\"{Page}\"", await agent.OpenAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}"));

        // Mistakes at their fields, with what was typed kept.
        await agent.OpenAsync(Page);
        using (
            var wrong = await agent.SubmitAsync(
                Page,
                new Dictionary<string, string>
                {
                    ["Input.From"] = $"{day:yyyy-MM-dd}",
                    ["Input.To"] = $"{day.AddDays(-1):yyyy-MM-dd}",
                    ["Input.Reason"] = "",
                }
            )
        )
        {
            var page = WebUtility.HtmlDecode(agent.LastPage);
            Assert.Contains("Le dernier jour ne peut pas précéder le premier.", page);
            Assert.Contains("Indiquez le motif (au plus 200 caractères).", page);
            Assert.Contains($"value=\"{day:yyyy-MM-dd}\"", page);
        }
        Assert.False(await BookingSteps.ReadAsync(app, db => db.Closures.AnyAsync()));

        using var closed = await agent.SubmitAsync(
            Page,
            new Dictionary<string, string>
            {
                ["Input.From"] = $"{day:yyyy-MM-dd}",
                ["Input.To"] = $"{day:yyyy-MM-dd}",
                ["Input.Reason"] = "Travaux de peinture",
            },
            Page
        );
        Assert.Contains("1 réservation(s) annulée(s)", WebUtility.HtmlDecode(agent.LastPage));
        var booking = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.AsNoTracking().SingleAsync(b => b.Email == "fermeture@example.fr")
        );
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        Assert.Equal("Travaux de peinture", booking.Reason);
        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.cancelledbyplace"));
        Assert.Equal("fermeture@example.fr", mail.Recipient);
        Assert.Contains("Travaux de peinture", mail.TextBody);
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.closure-add"));

        // The public (here the person, signed in, to whom slots are buttons) reads the closure; the day offers nothing.
        var place = WebUtility.HtmlDecode(
            await person.OpenAsync($"/reserver/{BookingsDemo.StudioSlug}?du={day:yyyy-MM-dd}")
        );
        Assert.Contains("Fermetures</dt>", place);
        Assert.Contains("Travaux de peinture", place);
        Assert.DoesNotContain(BookingSteps.BookButton(slot), place);
        Assert.DoesNotContain(BookingSteps.WaitButton(slot), place);

        // Another commune's agent reaches neither the page nor the action.
        var trelon = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);
        using (var foreign = await trelon.GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        var closure = await BookingSteps.ReadAsync(app, db => db.Closures.AsNoTracking().SingleAsync());
        using var reopened = await agent.SubmitAsync(
            Page + "/reopen",
            new Dictionary<string, string> { ["closure"] = closure.Id.ToString() },
            Page
        );
        Assert.Contains("ces jours sont de nouveau proposés", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Contains(
            BookingSteps.BookButton(slot),
            await person.OpenAsync($"/reserver/{BookingsDemo.StudioSlug}?du={day:yyyy-MM-dd}")
        );
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.closure-remove"));
    }

    [Fact]
    public void A_closure_covers_its_days_from_midnight_to_midnight_in_Paris()
    {
        var closure = Closure.Create(
            Guid.NewGuid(),
            new DateOnly(2026, 12, 24),
            new DateOnly(2026, 12, 26),
            "Noël",
            DateTime.UtcNow
        );

        Assert.Equal(new DateTime(2026, 12, 23, 23, 0, 0, DateTimeKind.Utc), closure.StartUtc);
        Assert.Equal(new DateTime(2026, 12, 26, 23, 0, 0, DateTimeKind.Utc), closure.EndUtc);
        Assert.True(
            closure.Overlaps(
                new DateTime(2026, 12, 26, 21, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 12, 26, 23, 30, 0, DateTimeKind.Utc)
            )
        );
        Assert.False(
            closure.Overlaps(
                new DateTime(2026, 12, 26, 23, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 12, 27, 1, 0, 0, DateTimeKind.Utc)
            )
        );
        Assert.False(
            closure.Overlaps(
                new DateTime(2026, 12, 23, 9, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 12, 23, 23, 0, 0, DateTimeKind.Utc)
            )
        );
    }
}
