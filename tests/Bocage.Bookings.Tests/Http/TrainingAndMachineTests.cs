using System.Net;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Seed;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// R19, as Fab-manager does it: a CNC machine is refused until the person's training is validated; they register
/// for a session of the training, the agent marks them present on the attendance sheet, and then the machine can be
/// booked (the engraver through the place's approval). The person downloads their certificate of attendance.
/// </summary>
public sealed class TrainingAndMachineTests
{
    private const string Machine = "fraiseuse-cnc-grand-format";
    private const string Engraver = "graveuse-cnc-pierre";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_machine_opens_once_the_agent_marks_the_training_attended(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "apprenti@example.fr", "Sacha");

        using var refused = await BookingSteps.BookAsync(
            person,
            Machine,
            await BookingSteps.FreeSlotAsync(app, Machine)
        );
        Assert.Contains("demande d&#x27;avoir suivi la formation", person.LastPage);
        Assert.Contains($"href=\"/reserver/{SessionsDemo.CncTrainingSlug}\"", person.LastPage);

        var session = await BookingSteps.FreeSlotAsync(app, SessionsDemo.CncTrainingSlug);
        using var registered = await BookingSteps.BookAsync(person, SessionsDemo.CncTrainingSlug, session);
        Assert.Contains("Votre réservation est confirmée", WebUtility.HtmlDecode(person.LastPage));
        var training = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.AsNoTracking().SingleAsync(b => b.Email == "apprenti@example.fr")
        );
        Assert.NotNull(training.SessionId);

        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);
        var sessions = await agent.OpenAsync($"/gestion/reservations/{SessionsDemo.CncTrainingSlug}/seances");
        Assert.Contains("1 / 6", sessions);
        var sheet = $"/gestion/reservations/{SessionsDemo.CncTrainingSlug}/seance/{training.SessionId}";
        Assert.Contains("Sacha Lefèvre", WebUtility.HtmlDecode(await agent.OpenAsync(sheet)));
        using var pdf = await agent.GetAsync(sheet + "/sheet");
        Assert.Contains("Sacha Lefèvre", await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync()));
        using var marked = await agent.SubmitAsync(
            sheet,
            new Dictionary<string, string> { [$"Presence[{training.Id}]"] = "oui" },
            sheet
        );
        Assert.Contains("Présences enregistrées", WebUtility.HtmlDecode(agent.LastPage));

        using var machine = await BookingSteps.BookAsync(
            person,
            Machine,
            await BookingSteps.FreeSlotAsync(app, Machine)
        );
        Assert.Contains("Votre réservation est confirmée", WebUtility.HtmlDecode(person.LastPage));

        using var engraver = await BookingSteps.BookAsync(
            person,
            Engraver,
            await BookingSteps.FreeSlotAsync(app, Engraver)
        );
        Assert.Contains("Demande en attente de validation", WebUtility.HtmlDecode(person.LastPage));
        var request = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.AsNoTracking().SingleAsync(b => b.Status == BookingStatus.Requested)
        );
        Assert.Contains(await BookingSteps.MailsAsync(app, "bookings.requested"), m =>
            m.Recipient == "apprenti@example.fr"
        );
        var day = DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(request.StartUtc)).ToString("yyyy-MM-dd");
        await agent.OpenAsync($"/gestion/reservations/{Engraver}?du={day}");
        using var approved = await agent.SubmitAsync(
            $"/gestion/reservations/{Engraver}?handler=Approve&du={day}",
            new Dictionary<string, string> { ["booking"] = request.Id.ToString() }
        );
        Assert.Equal(
            BookingStatus.Confirmed,
            (
                await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == request.Id))
            ).Status
        );
        // The training, the machine, and the engraver once approved.
        Assert.Equal(
            3,
            (await BookingSteps.MailsAsync(app, "bookings.confirmed")).Count(m => m.Recipient == "apprenti@example.fr")
        );

        using var certificate = await person.GetAsync($"/reserver/reservation/{training.Reference}/certificate");
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ExtractAsync(await certificate.Content.ReadAsByteArrayAsync());
        Assert.Contains("Commune de Trélon atteste que Sacha Lefèvre a participé", text);
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.attendance"));
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.approve"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refusal_needs_its_reason_which_the_person_receives(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "refus@example.fr");
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        using var _ = await BookingSteps.BookAsync(person, BookingsDemo.StudioSlug, slot);
        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        var day = DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(slot.StartUtc)).ToString("yyyy-MM-dd");
        var planning = $"/gestion/reservations/{BookingsDemo.StudioSlug}?du={day}";
        await agent.OpenAsync(planning);

        using var empty = await agent.SubmitAsync(
            $"/gestion/reservations/{BookingsDemo.StudioSlug}?handler=Cancel&du={day}",
            new Dictionary<string, string> { ["booking"] = booking.Id.ToString(), ["motif"] = " " }
        );
        Assert.Contains("Écrivez le motif", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Contains($"id=\"motif-{booking.Id}\"", agent.LastPage);
        using var cancelled = await agent.SubmitAsync(
            $"/gestion/reservations/{BookingsDemo.StudioSlug}?handler=Cancel&du={day}",
            new Dictionary<string, string>
            {
                ["booking"] = booking.Id.ToString(),
                ["motif"] = "Dégât des eaux dans le studio",
            }
        );

        Assert.Equal(
            BookingStatus.Cancelled,
            (await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync())).Status
        );
        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.cancelledbyplace"));
        Assert.Contains("Dégât des eaux dans le studio", mail.TextBody);
        Assert.Contains(
            "Dégât des eaux",
            WebUtility.HtmlDecode(await person.OpenAsync($"/reserver/reservation/{booking.Reference}"))
        );
    }
}
