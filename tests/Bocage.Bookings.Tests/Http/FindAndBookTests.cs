using System.Net;
using System.Text;
using Bocage.Bookings.Seed;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// The inhabitant's path, through HTTP on both databases: find a place, book it, get the mail, find it again.
/// </summary>
public sealed class FindAndBookTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_visitor_finds_the_places_of_a_commune_and_reads_their_hours_in_words(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var visitor = app.Browser();

        var all = await visitor.OpenAsync("/reserver");
        Assert.All(BookingsDemo.Places, p => Assert.Contains(p.Name, WebUtility.HtmlDecode(all)));
        Assert.Contains("Prochain créneau libre", all);

        var trelon = WebUtility.HtmlDecode(await visitor.OpenAsync("/reserver?commune=" + BookingsDemo.Trelon));
        Assert.Contains("Salle de visioconférence", trelon);
        Assert.DoesNotContain("Studio son et image", trelon);
        var stepFree = WebUtility.HtmlDecode(await visitor.OpenAsync("/reserver?plain-pied=true"));
        Assert.DoesNotContain("Salle de visioconférence", stepFree);
        Assert.Contains("Studio son et image", stepFree);

        var free = WebUtility.HtmlDecode(await visitor.OpenAsync("/reserver?gratuit=true"));
        Assert.DoesNotContain("Salle de visioconférence", free);
        Assert.Contains("Espace de coworking de la Filature", free);
        // The studio opens Tuesday to Saturday: a Monday lists the coworking, not the studio.
        var today = DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(app.Clock.GetUtcNow().UtcDateTime));
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 + 7);
        while (Kernel.Hours.FrenchHolidays.IsHoliday(monday))
        {
            monday = monday.AddDays(7);
        }
        var onMonday = WebUtility.HtmlDecode(await visitor.OpenAsync($"/reserver?jour={monday:yyyy-MM-dd}"));
        Assert.Contains("Espace de coworking de la Filature", onMonday);
        Assert.DoesNotContain("Studio son et image", onMonday);

        var studio = WebUtility.HtmlDecode(await visitor.OpenAsync("/reserver/" + BookingsDemo.StudioSlug));
        Assert.Contains("Du mardi au samedi, de 10 h à 12 h et de 14 h à 18 h", studio);
        Assert.Contains("Fermé les jours fériés", studio);
        Assert.Contains("Se connecter pour réserver", studio);
        Assert.DoesNotContain("name=\"debut\"", studio);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_books_a_slot_gets_the_mail_with_its_event_and_finds_it_in_their_bookings(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "camille.reserve@example.fr");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);

        using var booked = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);

        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        var page = WebUtility.HtmlDecode(person.LastPage);
        Assert.Contains("Votre réservation est confirmée", page);
        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal((slot.StartUtc, slot.EndUtc, 1), (booking.StartUtc, booking.EndUtc, booking.Seat));
        Assert.Equal(("Camille Lefèvre", "camille.reserve@example.fr"), (booking.Name, booking.Email));
        Assert.Contains(booking.Reference, page);
        Assert.Contains("data:image/svg+xml;base64,", page);

        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.confirmed"));
        Assert.Equal("camille.reserve@example.fr", mail.Recipient);
        Assert.StartsWith("Réservation confirmée : Studio son et image", mail.Subject, StringComparison.Ordinal);
        var link = $"http://localhost/reserver/reservation/{booking.Reference}";
        Assert.Contains(link, mail.TextBody);
        var ics = Assert.Single(mail.Attachments);
        Assert.Equal("text/calendar", ics.ContentType);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(ics.Content))!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(slot.StartUtc, e.Start!.AsUtc);
        Assert.Equal(slot.EndUtc, e.End!.AsUtc);
        Assert.Equal("Studio son et image", e.Summary);

        // The mailed link opens the booking; it is in « Mes réservations »; the slot is no longer offered.
        using var fromMail = await person.GetAsync(link.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, fromMail.StatusCode);
        Assert.Contains(booking.Reference, await person.OpenAsync("/reserver/mes-reservations"));
        // The slot is now full: offered only as the way into its waiting list.
        var studio = await person.OpenAsync("/reserver/" + BookingsDemo.StudioSlug);
        Assert.DoesNotContain(BookingSteps.BookButton(slot), studio);
        Assert.Contains(BookingSteps.WaitButton(slot), studio);
        using var download = await person.GetAsync($"/reserver/reservation/{booking.Reference}/ics");
        Assert.Equal("text/calendar", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("BEGIN:VEVENT", person.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_booking_is_its_persons_only(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var owner = await BookingSteps.NewPersonAsync(app, "owner@example.fr");
        using var _ = await BookingSteps.BookAsync(
            owner,
            BookingsDemo.StudioSlug,
            await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug)
        );
        var reference = await BookingSteps.ReadAsync(app, db => db.Bookings.Select(b => b.Reference).SingleAsync());
        var other = await BookingSteps.SignedInAsync(app);

        using var seen = await other.GetAsync($"/reserver/reservation/{reference}");
        using var calendar = await other.GetAsync($"/reserver/reservation/{reference}/ics");
        using var visitor = await app.Browser().GetAsync($"/reserver/reservation/{reference}");

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, calendar.StatusCode);
        Assert.Contains("/connexion", visitor.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain(reference, await other.OpenAsync("/reserver/mes-reservations"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_forged_or_closed_slot_is_refused_in_French_and_nothing_is_booked(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.SignedInAsync(app);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        await person.OpenAsync("/reserver/" + BookingsDemo.StudioSlug);

        foreach (
            var forged in new[]
            {
                "pas une date",
                BookingSteps.Value(slot).Replace(":00:00", ":17:00", StringComparison.Ordinal),
                "2020-01-07T09:00:00.0000000Z",
            }
        )
        {
            using var refused = await person.SubmitAsync(
                "/reserver/" + BookingsDemo.StudioSlug,
                new Dictionary<string, string> { ["debut"] = forged }
            );
            Assert.NotEqual(HttpStatusCode.InternalServerError, refused.StatusCode);
            Assert.Contains("Ce créneau n&#x27;est pas proposé", person.LastPage);
        }
        Assert.Equal(0, await BookingSteps.ReadAsync(app, db => db.Bookings.CountAsync()));
    }
}
