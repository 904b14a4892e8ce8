using System.Net;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Bookings.Seed;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// The place's agent at its desk: from the week, a free slot's page books it for someone who called (no account; a
/// mail address if they want the confirmation) or blocks it with a reason; another commune's agent reaches none.
/// </summary>
public sealed class DeskBookingTests
{
    private static string SlotPage(string slug, Slot slot) =>
        $"/gestion/reservations/{slug}/creneau?debut={Uri.EscapeDataString(SlotInput.Value(slot.StartUtc))}";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_books_for_someone_who_called_who_is_mailed_in_their_language_with_the_place_link(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 2);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(slot.StartUtc));
        var page = SlotPage(BookingsDemo.StudioSlug, slot);
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);

        // The week leads to the slot's page.
        var week = await agent.OpenAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}?du={day:yyyy-MM-dd}");
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(page)}\"", week);
        Assert.Contains("Réserver pour une personne", WebUtility.HtmlDecode(await agent.OpenAsync(page)));

        // Mistakes at their fields, what was typed kept, nothing booked.
        using (
            var wrong = await agent.SubmitAsync(
                page.Replace("/creneau?", "/creneau/book?", StringComparison.Ordinal),
                new Dictionary<string, string>
                {
                    ["Input.Name"] = " ",
                    ["Input.Email"] = "pieter-at-example.be",
                    ["Input.Language"] = "nl",
                }
            )
        )
        {
            var text = WebUtility.HtmlDecode(agent.LastPage);
            Assert.Contains("Indiquez le nom de la personne (au plus 200 caractères).", text);
            Assert.Contains("Cette adresse mail n'est pas valable", text);
            Assert.Contains("value=\"pieter-at-example.be\"", text);
        }
        Assert.False(await BookingSteps.ReadAsync(app, db => db.Bookings.AnyAsync()));

        using var booked = await agent.SubmitAsync(
            page.Replace("/creneau?", "/creneau/book?", StringComparison.Ordinal),
            new Dictionary<string, string>
            {
                ["Input.Name"] = "Pieter Claes",
                ["Input.Email"] = "pieter@example.be",
                ["Input.Language"] = "nl",
            },
            page
        );
        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal(
            ("", "Pieter Claes", BookingStatus.Confirmed, "nl"),
            (booking.AccountId, booking.Name, booking.Status, booking.Language)
        );
        Assert.NotNull(booking.BookedByAccountId);
        Assert.Contains($"Réservation {booking.Reference} enregistrée", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Contains("Pieter Claes", agent.LastPage);
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.book-for"));

        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.atdesk"));
        Assert.Equal("pieter@example.be", mail.Recipient);
        Assert.Contains("Hallo Pieter Claes,\n\nDe plek heeft uw reservering geregistreerd.", mail.TextBody);
        Assert.Contains($"/reserver/{BookingsDemo.StudioSlug}\n", mail.TextBody);
        Assert.DoesNotContain("/reserver/reservation/", mail.TextBody);
        Assert.Single(mail.Attachments, a => a.FileName.EndsWith(".ics", StringComparison.Ordinal));

        // The week shows who comes; the slot, now full, offers no second booking.
        Assert.Contains(
            "Pieter Claes",
            await agent.OpenAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}?du={day:yyyy-MM-dd}")
        );
        Assert.DoesNotContain($"href=\"{WebUtility.HtmlEncode(page)}\"", agent.LastPage);
        Assert.DoesNotContain("Réserver pour une personne", WebUtility.HtmlDecode(await agent.OpenAsync(page)));

        // Without an address: booked all the same, nobody mailed.
        var other = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 3);
        using var quiet = await agent.SubmitAsync(
            SlotPage(BookingsDemo.StudioSlug, other).Replace("/creneau?", "/creneau/book?", StringComparison.Ordinal),
            new Dictionary<string, string> { ["Input.Name"] = "Jeanne Dufour", ["Input.Language"] = "fr" },
            SlotPage(BookingsDemo.StudioSlug, other)
        );
        Assert.Equal(2, await BookingSteps.ReadAsync(app, db => db.Bookings.CountAsync(b => b.AccountId == "")));
        Assert.Single(await BookingSteps.MailsAsync(app, "bookings.atdesk"));

        // Trélon's agent reaches neither the page nor the action.
        var trelon = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);
        using var foreign = await trelon.GetAsync(SlotPage(BookingsDemo.StudioSlug, other));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_desk_booking_at_a_priced_place_is_invoiced_to_the_regie_and_paid_on_the_spot(
        DatabaseProvider provider
    )
    {
        const string room = "salle-visio-trelon";
        await using var app = new BookingsFactory(provider);
        var slot = await BookingSteps.FreeSlotAsync(app, room, skip: 30);
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);
        var page = SlotPage(room, slot);
        Assert.Contains(
            "Hors territoire : 20,00",
            WebUtility.HtmlDecode(await agent.OpenAsync(page)).Replace('\u00A0', ' ')
        );

        using var booked = await agent.SubmitAsync(
            page.Replace("/creneau?", "/creneau/book?", StringComparison.Ordinal),
            new Dictionary<string, string>
            {
                ["Input.Name"] = "Marc Lefebvre",
                ["Input.Language"] = "fr",
                ["Input.Audience"] = "Outsider",
            }
        );

        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal(
            (BookingStatus.Confirmed, 2000L, Audience.Outsider),
            (booking.Status, booking.AmountCents, booking.Audience)
        );
        Assert.NotNull(booking.InvoiceId);
        Assert.Null(booking.HoldUntilUtc);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_blocked_slot_is_offered_no_more_its_booking_is_cancelled_with_the_reason_and_it_can_be_freed(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 5);
        var next = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 6);
        var day = DateOnly.FromDateTime(ParisTime.ToParis(slot.StartUtc));
        var person = await BookingSteps.NewPersonAsync(app, "bloque@example.fr");
        using (var mine = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        }
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        var page = SlotPage(BookingsDemo.StudioSlug, slot);
        var block = page.Replace("/creneau?", "/creneau/block?", StringComparison.Ordinal);

        await agent.OpenAsync(page);
        using (var wrong = await agent.SubmitAsync(block, new Dictionary<string, string> { ["Input.Reason"] = "" }))
        {
            Assert.Contains("Indiquez le motif (au plus 200 caractères).", WebUtility.HtmlDecode(agent.LastPage));
        }
        using var blocked = await agent.SubmitAsync(
            block,
            new Dictionary<string, string> { ["Input.Reason"] = "Entretien de la table de mixage" },
            page
        );
        Assert.Contains("Créneau bloqué ; 1 réservation(s) annulée(s)", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Contains("Entretien de la table de mixage", agent.LastPage);
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.slot-block"));

        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal((BookingStatus.Cancelled, "Entretien de la table de mixage"), (booking.Status, booking.Reason));
        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.cancelledbyplace"));
        Assert.Contains("Motif : Entretien de la table de mixage\n", mail.TextBody);

        // Only that slot is shut: the public reads why, the next slot is still offered.
        var place = await person.OpenAsync($"/reserver/{BookingsDemo.StudioSlug}?du={day:yyyy-MM-dd}");
        Assert.DoesNotContain(BookingSteps.BookButton(slot), place);
        Assert.Contains(BookingSteps.BookButton(next), place);
        Assert.Contains("Entretien de la table de mixage", place);
        var closure = await BookingSteps.ReadAsync(app, db => db.Closures.AsNoTracking().SingleAsync());
        Assert.Equal((slot.StartUtc, slot.EndUtc), (closure.StartUtc, closure.EndUtc));

        // The exceptional closures list it with its hours, and take it back.
        var closures = $"/gestion/reservations/{BookingsDemo.StudioSlug}/fermetures";
        var hours = ParisTime
            .ToParis(slot.StartUtc)
            .ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"de {hours} à", WebUtility.HtmlDecode(await agent.OpenAsync(closures)));
        using var reopened = await agent.SubmitAsync(
            closures + "/reopen",
            new Dictionary<string, string> { ["closure"] = closure.Id.ToString() }
        );
        Assert.Contains(
            BookingSteps.BookButton(slot),
            await person.OpenAsync($"/reserver/{BookingsDemo.StudioSlug}?du={day:yyyy-MM-dd}")
        );
    }

    [Fact]
    public void A_blocked_slot_covers_its_hours_in_Paris_also_on_the_day_the_clocks_go_forward()
    {
        var closure = Closure.Hours(
            Guid.NewGuid(),
            new DateOnly(2027, 3, 28),
            new TimeOnly(10, 0),
            new TimeOnly(11, 30),
            "Visite",
            DateTime.UtcNow
        );

        Assert.True(closure.IsHours);
        Assert.Equal(new DateTime(2027, 3, 28, 8, 0, 0, DateTimeKind.Utc), closure.StartUtc);
        Assert.Equal(new DateTime(2027, 3, 28, 9, 30, 0, DateTimeKind.Utc), closure.EndUtc);
        Assert.False(
            closure.Overlaps(
                new DateTime(2027, 3, 28, 9, 30, 0, DateTimeKind.Utc),
                new DateTime(2027, 3, 28, 10, 30, 0, DateTimeKind.Utc)
            )
        );
        Assert.True(
            closure.Overlaps(
                new DateTime(2027, 3, 28, 9, 0, 0, DateTimeKind.Utc),
                new DateTime(2027, 3, 28, 10, 0, 0, DateTimeKind.Utc)
            )
        );
    }
}
