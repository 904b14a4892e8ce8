using System.Net;
using System.Text;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Jobs;
using Bocage.Bookings.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// What happens after booking: cancelling within the place's rule, the reminder, the retention period.
/// </summary>
public sealed class CancelAndRemindTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cancelling_frees_the_seat_and_mails_the_calendars_cancellation(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "annule@example.fr");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 8);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);
        var reference = await BookingSteps.ReadAsync(app, db => db.Bookings.Select(b => b.Reference).SingleAsync());

        using var cancelled = await person.SubmitAsync(
            $"/reserver/reservation/{reference}/cancel",
            new Dictionary<string, string>(),
            $"/reserver/reservation/{reference}"
        );

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Contains("Cette réservation a été annulée", WebUtility.HtmlDecode(person.LastPage));
        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        Assert.Contains(
            BookingSteps.Value(slot),
            await person.OpenAsync(
                "/reserver/"
                    + BookingsDemo.StudioSlug
                    + "?du="
                    + DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(slot.StartUtc)).ToString("yyyy-MM-dd")
            )
        );
        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.cancelled"));
        Assert.StartsWith("Réservation annulée", mail.Subject, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(Assert.Single(mail.Attachments).Content))!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(1, Assert.Single(calendar.Events).Sequence);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Past_the_places_rule_the_person_may_no_longer_cancel_online(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "tard@example.fr");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 8);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);
        var reference = await BookingSteps.ReadAsync(app, db => db.Bookings.Select(b => b.Reference).SingleAsync());
        // The studio's rule: 48 hours. An hour before the start is too late.
        app.Clock.Advance(slot.StartUtc - app.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(1));
        // Days later, the session has lapsed: the person signs in again, as they would.
        person = await BookingSteps.SignedInAsync(app, "tard@example.fr");

        var page = WebUtility.HtmlDecode(await person.OpenAsync($"/reserver/reservation/{reference}"));
        using var forced = await person.SubmitAsync(
            $"/reserver/reservation/{reference}/cancel",
            new Dictionary<string, string>()
        );

        Assert.Contains("L'annulation en ligne n'est plus possible (jusqu'à 48 heure(s)", page);
        Assert.DoesNotContain("Annuler ma réservation", page);
        Assert.Equal(
            BookingStatus.Confirmed,
            (await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync())).Status
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_reminder_leaves_once_48_hours_before_even_with_two_nodes_running_the_job(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "rappel@example.fr");
        // A slot at least three days ahead: its reminder is due 48 hours before.
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var skip = 0;
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        while (slot.StartUtc < now.AddDays(3))
        {
            slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, ++skip);
        }
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);
        var job = app.Services.GetRequiredService<ReminderJob>();
        Assert.Equal(0, await job.RunOnceAsync(default));

        app.Clock.Advance(slot.StartUtc.AddHours(-47) - now);
        var sent = await Task.WhenAll(job.RunOnceAsync(default), job.RunOnceAsync(default));
        Assert.Equal(0, await job.RunOnceAsync(default));

        Assert.Equal(1, sent.Sum());
        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.reminder"));
        Assert.Equal("rappel@example.fr", mail.Recipient);
        Assert.StartsWith("Rappel : Studio son et image", mail.Subject, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Twelve_months_after_the_date_the_booking_forgets_the_person_and_stays_counted(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "oubli@example.fr");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);

        app.Clock.Advance(TimeSpan.FromDays(300));
        using (var scope = app.Services.CreateScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(default));
        }
        app.Clock.Advance(TimeSpan.FromDays(100));
        using (var scope = app.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(default));
        }

        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal(("", "", ""), (booking.Name, booking.Email, booking.AccountId));
        Assert.Equal(slot.StartUtc, booking.StartUtc);
    }
}
