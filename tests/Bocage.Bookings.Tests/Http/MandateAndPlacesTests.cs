using System.Net;
using Bocage.Bookings.Seed;
using Bocage.Kernel.Mandates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// A mediator books for a person under their mandate (R25); an agent describes a new place, its hours read back in
/// words and mistakes told at their fields; a training's sessions are added and found; the bookings are exported;
/// the search finds places and one's own bookings.
/// </summary>
public sealed class MandateAndPlacesTests
{
    private const string Mediator = "mediateur@demo.sud-avesnois.fr";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_mediator_books_for_the_person_under_a_mandate_and_it_is_audited_as_such(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "mandant@example.fr", "Josiane");
        var mediator = app.Browser();
        await mediator.SignInAsStaffAsync(Mediator, BookingSteps.Password);
        using (var scope = app.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<Kernel.Accounts.AccountsDb>();
            var personId = await accounts
                .Users.Where(u => u.Email == "mandant@example.fr")
                .Select(u => u.Id)
                .SingleAsync();
            var mediatorId = await accounts.Users.Where(u => u.Email == Mediator).Select(u => u.Id).SingleAsync();
            var granted = await scope
                .ServiceProvider.GetRequiredService<MandateRegistry>()
                .GrantAsync(personId, mediatorId, [MandateScopes.Bookings], TimeSpan.FromDays(30));
            Assert.NotNull(granted.Mandate);
        }
        var slot = await BookingSteps.FreeSlotAsync(app, "mediation-france-services");
        var page = await mediator.OpenAsync("/reserver/mediation-france-services");
        var mandate = System
            .Text.RegularExpressions.Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>Pour Josiane Lefèvre")
            .Groups[1]
            .Value;
        Assert.NotEmpty(mandate);

        using var booked = await mediator.SubmitAsync(
            "/reserver/mediation-france-services",
            new Dictionary<string, string> { ["debut"] = BookingSteps.Value(slot), ["pour"] = mandate }
        );

        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal(("Josiane Lefèvre", "mandant@example.fr"), (booking.Name, booking.Email));
        Assert.NotNull(booking.BookedByAccountId);
        Assert.Contains(booking.Reference, await person.OpenAsync("/reserver/mes-reservations"));
        Assert.Contains(await BookingSteps.MailsAsync(app, "bookings.confirmed"), m =>
            m.Recipient == "mandant@example.fr"
        );
        using var audit = app.Services.CreateScope();
        var entry = await audit
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.SingleAsync(e => e.Action == "bookings.book");
        Assert.NotNull(entry.OnBehalfOf);
        Assert.NotEqual(entry.Actor, entry.OnBehalfOf);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_describes_a_place_mistakes_are_told_at_their_fields_and_it_opens(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "Salle du conseil de Trélon",
            ["Input.Kind"] = "Room",
            ["Input.Commune"] = BookingsDemo.Fourmies,
            ["Input.Address"] = "Mairie de Trélon",
            ["Input.OpeningHours"] = "Lu-Ve 09:00-12:00",
            ["Input.Capacity"] = "beaucoup",
            ["Input.SlotMinutes"] = "60",
            ["Input.BufferMinutes"] = "0",
            ["Input.CancelHoursBefore"] = "24",
        };

        using var refused = await agent.SubmitAsync(
            "/gestion/reservations/nouveau",
            form,
            "/gestion/reservations/nouveau"
        );
        var page = WebUtility.HtmlDecode(agent.LastPage);
        Assert.Contains("Choisissez une commune où vous gérez des lieux", page);
        Assert.Contains("Horaires non compris", page);
        Assert.Contains("Indiquez un nombre entier de 1 à 500", page);
        Assert.Contains("value=\"Salle du conseil de Trélon\"", page);

        form["Input.Commune"] = BookingsDemo.Trelon;
        form["Input.OpeningHours"] = "Mo-Fr 09:00-12:00; PH off";
        form["Input.Capacity"] = "12";
        using var saved = await agent.SubmitAsync("/gestion/reservations/nouveau", form);

        Assert.EndsWith(
            "/gestion/reservations/salle-du-conseil-de-trelon",
            saved.RequestMessage!.RequestUri!.AbsolutePath
        );
        var place = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/reserver/salle-du-conseil-de-trelon"));
        Assert.Contains("Du lundi au vendredi, de 9 h à 12 h", place);
        Assert.Contains("12 place(s) par créneau", place);
        // Offered by the commune, with the emblem its town hall gave: Trélon has none in the demo, Fourmies has one.
        Assert.Matches("Proposé par</dt><dd class=\"identity-inline\">\\s*Trélon</dd>", place);
        Assert.Matches(
            "Proposé par</dt><dd class=\"identity-inline\">\\s*<img class=\"emblem\" src=\"/territoire/embleme/[0-9a-f]{32}\\.jpg\"[^>]*>\\s*Fourmies</dd>",
            WebUtility.HtmlDecode(await app.Browser().OpenAsync($"/reserver/{BookingsDemo.CoworkingSlug}"))
        );
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.place-save"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_adds_a_session_which_people_find_and_the_bookings_export_in_csv_and_xlsx(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        const string Workshops = "atelier-numerique-mediatheque";
        var day = DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(app.Clock.GetUtcNow().UtcDateTime)).AddDays(5);
        var form = new Dictionary<string, string>
        {
            ["Input.Day"] = day.ToString("yyyy-MM-dd"),
            ["Input.Start"] = "15:00",
            ["Input.End"] = "14:00",
            ["Input.Seats"] = "6",
            ["Input.Title"] = "Retoucher ses photos",
        };
        using var refused = await agent.SubmitAsync(
            $"/gestion/reservations/{Workshops}/seances",
            form,
            $"/gestion/reservations/{Workshops}/seances"
        );
        Assert.Contains("La fin doit venir après le début", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Contains("value=\"Retoucher ses photos\"", agent.LastPage);
        form["Input.End"] = "17:00";
        using var added = await agent.SubmitAsync($"/gestion/reservations/{Workshops}/seances", form);
        Assert.Contains("Retoucher ses photos", await app.Browser().OpenAsync($"/reserver/{Workshops}"));

        var person = await BookingSteps.NewPersonAsync(app, "export@example.fr", "Mathis");
        using var _ = await BookingSteps.BookAsync(
            person,
            BookingsDemo.StudioSlug,
            await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug)
        );
        var reference = await BookingSteps.ReadAsync(app, db => db.Bookings.Select(b => b.Reference).SingleAsync());
        using var csv = await agent.GetAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}/export.csv");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Référence;Jour;", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($"{reference};", text);
        Assert.Contains("Mathis Lefèvre", text);
        using var xlsx = await agent.GetAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}/export.xlsx");
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await xlsx.Content.ReadAsByteArrayAsync());
        try
        {
            var (exit, output) = await ExternalValidator.RunAsync("node", "xlsx-read.mjs", path);
            Assert.True(exit == 0, output);
            Assert.Contains(reference, output);
        }
        finally
        {
            File.Delete(path);
        }
        using var other = await (await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent)).GetAsync(
            $"/gestion/reservations/{BookingsDemo.StudioSlug}/export.csv"
        );
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_search_finds_the_places_and_a_persons_own_bookings(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "cherche@example.fr");
        using var _ = await BookingSteps.BookAsync(
            person,
            BookingsDemo.StudioSlug,
            await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug)
        );
        var reference = await BookingSteps.ReadAsync(app, db => db.Bookings.Select(b => b.Reference).SingleAsync());

        var places = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/recherche?q=coworking"));
        var mine = WebUtility.HtmlDecode(await person.OpenAsync("/recherche?q=studio"));

        Assert.Contains("Espace de coworking de la Filature", places);
        Assert.Contains("href=\"/reserver/coworking-fourmies\"", places);
        Assert.Contains("Mes réservations", mine);
        Assert.Contains(reference, mine);
    }
}
