using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Bocage.Bookings.Jobs;
using Bocage.Bookings.Seed;
using Bocage.OpenData.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// The person's calendar subscription (secret, revocable), the appointments' last call two hours before, and the
/// places' occupancy published as an open dataset without a person in it.
/// </summary>
public sealed class FeedAndStatisticsTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_calendar_subscribes_to_the_persons_bookings_until_the_address_is_revoked(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "agenda@example.fr");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);

        await person.OpenAsync("/reserver/mes-reservations");
        using var created = await person.SubmitAsync(
            "/reserver/mes-reservations/feed",
            new Dictionary<string, string>()
        );
        var address = Regex
            .Match(person.LastPage, "value=\"(http://localhost/reserver/agenda/[0-9a-f]{48}\\.ics)\"")
            .Groups[1]
            .Value;
        Assert.NotEmpty(address);
        var path = new Uri(address).AbsolutePath;

        using var feed = await app.CreateClient().GetAsync(path);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(slot.StartUtc, e.Start!.AsUtc);
        Assert.DoesNotContain(address, await person.OpenAsync("/reserver/mes-reservations"));

        using var revoked = await person.SubmitAsync(
            "/reserver/mes-reservations/revoke",
            new Dictionary<string, string>()
        );
        using var gone = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var guessed = await app.CreateClient().GetAsync($"/reserver/agenda/{new string('0', 48)}.ics");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_appointment_gets_a_last_call_two_hours_before_once(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "rdv@example.fr");
        const string Mediation = "mediation-france-services";
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var skip = 0;
        var slot = await BookingSteps.FreeSlotAsync(app, Mediation);
        while (slot.StartUtc < now.AddHours(6))
        {
            slot = await BookingSteps.FreeSlotAsync(app, Mediation, ++skip);
        }
        using var _ = await BookingSteps.BookAsync(person, Mediation, slot);
        var job = app.Services.GetRequiredService<ReminderJob>();

        app.Clock.Advance(slot.StartUtc.AddMinutes(-110) - now);
        await Task.WhenAll(job.RunOnceAsync(default), job.RunOnceAsync(default));

        var lastCall = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.lastcall"));
        Assert.Equal("rdv@example.fr", lastCall.Recipient);
        Assert.StartsWith(
            "Tout à l'heure : Rendez-vous avec un conseiller numérique",
            lastCall.Subject,
            StringComparison.Ordinal
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_occupancy_of_each_place_is_published_per_month_with_no_person_in_it(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "stat@example.fr", "Odile");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);
        var month = Kernel.Time.ParisTime.ToParis(slot.StartUtc).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var dataset = app.Services.GetServices<DatasetDefinition>().Single(d => d.Slug == "reservations-occupation");
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        await foreach (var row in dataset.Rows(app.Services, CancellationToken.None))
        {
            rows.Add(row);
        }

        var studio = Assert.Single(rows, r =>
            (string)r["lieu"]! == BookingsDemo.StudioSlug && (string)r["mois"]! == month
        );
        Assert.Equal(1, studio["reservations"]);
        Assert.Equal(2.0, studio["heures_reservees"]);
        Assert.True((double)studio["heures_offertes"]! > 2.0);
        Assert.InRange((double)studio["taux_occupation"]!, 0.1, 100);
        Assert.Equal("Studio", studio["type"]);
        Assert.DoesNotContain(rows.SelectMany(r => r.Values), v =>
            v is string s && s.Contains("Odile", StringComparison.Ordinal)
        );

        await app.Browser().OpenAsync("/donnees");
        var page = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/donnees/reservations-occupation"));
        Assert.Contains("Lieux réservables : réservations et taux d'occupation par mois", page);
    }
}
