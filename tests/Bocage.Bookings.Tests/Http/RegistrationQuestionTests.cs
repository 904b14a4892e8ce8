using System.Net;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Questions;
using Bocage.Bookings.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// The Journées de la ruralité ask, at registration, whether one lunches at the producers' market: unanswered,
/// nothing is booked and the question says so with what was typed kept; answered, the booking keeps the answers,
/// shown to the person, on the attendance screen and in the export. An agent adds and removes a place's questions.
/// </summary>
public sealed class RegistrationQuestionTests
{
    private const string Event = "journees-de-la-ruralite";
    private const string Admin = "admin@demo.sud-avesnois.fr";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_registration_answers_the_place_questions_which_the_agent_reads_on_the_sheet_and_export(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var session = await BookingSteps.FreeSlotAsync(app, Event);
        var questions = await BookingSteps.ReadAsync(app, db => db.Questions.OrderBy(q => q.Position).ToListAsync());
        var (lunch, town) = (questions[0], questions[1]);
        var person = await BookingSteps.NewPersonAsync(app, "ruralite@example.fr", "Odile");
        var page = WebUtility.HtmlDecode(await person.OpenAsync($"/reserver/{Event}"));
        Assert.Contains("Déjeunerez-vous au marché des producteurs ? (obligatoire)", page);

        using (
            var unanswered = await person.SubmitAsync(
                $"/reserver/{Event}",
                new Dictionary<string, string> { ["debut"] = BookingSteps.Value(session), [town.Field] = "Anor" }
            )
        )
        {
            var text = WebUtility.HtmlDecode(person.LastPage);
            Assert.Contains($"<p id=\"{lunch.Field}-erreur\" class=\"field__error\">Répondez à cette question", text);
            Assert.Contains("value=\"Anor\"", text);
        }
        Assert.False(await BookingSteps.ReadAsync(app, db => db.Bookings.AnyAsync()));

        using var booked = await person.SubmitAsync(
            $"/reserver/{Event}",
            new Dictionary<string, string>
            {
                ["debut"] = BookingSteps.Value(session),
                [lunch.Field] = "oui",
                [town.Field] = "Anor",
            },
            $"/reserver/{Event}"
        );
        var mine = WebUtility.HtmlDecode(person.LastPage);
        Assert.Contains("Vos réponses au lieu", mine);
        Assert.Contains("<dt>Déjeunerez-vous au marché des producteurs ?</dt><dd>oui</dd>", mine);
        var booking = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());

        var agent = await BookingSteps.AgentAsync(app, Admin);
        var sheet = WebUtility.HtmlDecode(
            await agent.OpenAsync($"/gestion/reservations/{Event}/seance/{booking.SessionId}")
        );
        Assert.Contains("<dt>Votre commune ou votre structure</dt><dd>Anor</dd>", sheet);
        using var export = await agent.GetAsync($"/gestion/reservations/{Event}/export.csv");
        Assert.Contains(
            "Déjeunerez-vous au marché des producteurs ? : oui ; Votre commune ou votre structure : Anor",
            agent.LastPage
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_adds_a_choice_question_told_its_mistakes_and_removes_it(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        var page = $"/gestion/reservations/{BookingsDemo.StudioSlug}/questions";
        Assert.Contains($"href=\"{page}\"", await agent.OpenAsync($"/gestion/reservations/{BookingsDemo.StudioSlug}"));

        using (
            var wrong = await agent.SubmitAsync(
                page,
                new Dictionary<string, string>
                {
                    ["Input.Label"] = "",
                    ["Input.Kind"] = "Choice",
                    ["Input.ChoicesText"] = "Podcast",
                },
                page
            )
        )
        {
            var text = WebUtility.HtmlDecode(agent.LastPage);
            Assert.Contains("Indiquez la question (au plus 200 caractères).", text);
            Assert.Contains("Indiquez au moins deux choix, un par ligne", text);
            Assert.Contains(">Podcast</textarea>", text);
        }
        using var added = await agent.SubmitAsync(
            page,
            new Dictionary<string, string>
            {
                ["Input.Label"] = "Votre projet",
                ["Input.Kind"] = "Choice",
                ["Input.ChoicesText"] = "Podcast\nVidéo\n",
                ["Input.Required"] = "true",
            },
            page
        );
        Assert.Contains("Question ajoutée", WebUtility.HtmlDecode(agent.LastPage));
        Assert.True(await BookingSteps.AuditedAsync(app, "bookings.question-add"));
        var person = await BookingSteps.SignedInAsync(app);
        var studio = WebUtility.HtmlDecode(await person.OpenAsync($"/reserver/{BookingsDemo.StudioSlug}"));
        Assert.Contains("<option value=\"Vidéo\">Vidéo</option>", studio);

        // Trélon's agent reaches neither the page nor the removal.
        var question = await BookingSteps.ReadAsync(app, db =>
            db.Questions.AsNoTracking().SingleAsync(q => q.Label == "Votre projet")
        );
        var trelon = await BookingSteps.AgentAsync(app, BookingsDemo.TrelonAgent);
        using (var foreign = await trelon.GetAsync(page))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using var removed = await agent.SubmitAsync(
            page + "/remove",
            new Dictionary<string, string> { ["question"] = question.Id.ToString() },
            page
        );
        Assert.Contains("Question retirée", WebUtility.HtmlDecode(agent.LastPage));
        Assert.False(await BookingSteps.ReadAsync(app, db => db.Questions.AnyAsync(q => q.Label == "Votre projet")));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_waiting_list_and_the_phone_ask_the_questions_too_and_an_offered_seat_keeps_the_answers(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var studio = await BookingSteps.ResourceAsync(app, BookingsDemo.StudioSlug);
        var project = Question.Create(
            studio.Id,
            0,
            "Votre projet",
            QuestionKind.Choice,
            ["Podcast", "Vidéo"],
            true,
            DateTime.UtcNow
        );
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Bocage.Bookings.Data.BookingsDb>();
            db.Questions.Add(project);
            await db.SaveChangesAsync();
        }
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 4);
        var page = $"/reserver/{BookingsDemo.StudioSlug}";

        // The agent books the slot for someone on the phone: the question is asked there too.
        var agent = await BookingSteps.AgentAsync(app, BookingsDemo.FourmiesAgent);
        var desk =
            $"/gestion/reservations/{BookingsDemo.StudioSlug}/creneau/book?debut={Uri.EscapeDataString(BookingSteps.Value(slot))}";
        await agent.OpenAsync(desk.Replace("/book?", "?", StringComparison.Ordinal));
        using (
            var unanswered = await agent.SubmitAsync(
                desk,
                new Dictionary<string, string> { ["Input.Name"] = "Rémi Caron" }
            )
        )
        {
            Assert.Contains("Répondez à cette question pour réserver.", WebUtility.HtmlDecode(agent.LastPage));
        }
        using var called = await agent.SubmitAsync(
            desk,
            new Dictionary<string, string> { ["Input.Name"] = "Rémi Caron", [project.Field] = "Podcast" }
        );
        var phoned = await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync());
        Assert.Equal("Votre projet : Podcast", Answers.Line(phoned.Answers));

        // Someone joins the waiting list of the full slot: asked too, and the seat offered keeps the answer.
        var waiting = await BookingSteps.NewPersonAsync(app, "attente@example.fr");
        await waiting.OpenAsync(page);
        using (
            var refused = await waiting.SubmitAsync(
                $"{page}?handler=Wait",
                new Dictionary<string, string> { ["debut"] = BookingSteps.Value(slot) }
            )
        )
        {
            Assert.Contains("Répondez à cette question pour réserver.", WebUtility.HtmlDecode(waiting.LastPage));
        }
        Assert.False(await BookingSteps.ReadAsync(app, db => db.WaitingList.AnyAsync()));
        using var joined = await waiting.SubmitAsync(
            $"{page}?handler=Wait",
            new Dictionary<string, string> { ["debut"] = BookingSteps.Value(slot), [project.Field] = "Vidéo" }
        );
        Assert.Contains("n° 1", WebUtility.HtmlDecode(waiting.LastPage));

        var week = $"/gestion/reservations/{BookingsDemo.StudioSlug}";
        using var cancelled = await agent.SubmitAsync(
            $"{week}?handler=Cancel",
            new Dictionary<string, string> { ["booking"] = phoned.Id.ToString(), ["motif"] = "Rémi a rappelé" },
            week
        );
        var offered = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.AsNoTracking().SingleAsync(b => b.Email == "attente@example.fr")
        );
        Assert.Equal((BookingStatus.Offered, "Votre projet : Vidéo"), (offered.Status, Answers.Line(offered.Answers)));
    }
}
