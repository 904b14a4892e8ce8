using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Bookings;

/// <summary>
/// The intercommunality's administrator adds a question to the Journées de la ruralité (first without its words,
/// told at the field); an inhabitant registers, first without answering whether she lunches at the market (told at
/// the question, what she typed kept), then answering; she reads her answers on her booking; the administrator
/// reads them on the attendance screen; she cancels and the added question is removed (the browser tests share
/// one site). On a 360 px phone and on a desktop screen, axe on every page, no sideways scrolling.
/// </summary>
public sealed class QuestionsJourney(BrowserHost host) : BrowserTest(host)
{
    private const string Lunch = "Déjeunerez-vous au marché des producteurs ?";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_inhabitant_answers_the_event_questions_and_the_administrator_reads_them(int width)
    {
        var carpool = $"Viendrez-vous en covoiturage ? ({width})";
        var admin = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(admin, "admin@demo.sud-avesnois.fr");
        await admin.GotoAsync("/gestion/reservations");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Journées de la ruralité" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Questions à l'inscription" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = Lunch })).ToBeVisibleAsync();
        await admin
            .GetByLabel(new Regex("^Réponse attendue"))
            .SelectOptionAsync(new SelectOptionValue { Label = "Oui ou non" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ajouter la question" }).ClickAsync();
        await Expect(admin.Locator(".field--error")).ToContainTextAsync("Indiquez la question");
        await Screens.CheckAsync(admin, width);
        await admin.GetByLabel("Question", new() { Exact = true }).FillAsync(carpool);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ajouter la question" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Question ajoutée");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = carpool })).ToBeVisibleAsync();
        await Screens.CheckAsync(admin, width);
        await Screenshots.KeepAsync(admin, $"bookings-questions-{width}");

        var person = await Screens.PageAsync(Host, width);
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Odile", $"Ruralite{width}");
        await AccountSteps.SignInAsync(person, email, AccountSteps.DemoPassword);
        await person.GotoAsync("/reserver/journees-de-la-ruralite");
        await person.GetByLabel(new Regex("^Votre commune ou votre structure")).FillAsync("Anor");
        var session = person.Locator("form button", new() { HasText = "Première journée" });
        await session.ClickAsync();
        await Expect(person.Locator(".field--error")).ToContainTextAsync("Répondez à cette question pour réserver");
        await Expect(person.GetByLabel(new Regex("^Votre commune ou votre structure"))).ToHaveValueAsync("Anor");
        await Screens.CheckAsync(person, width);
        await Screenshots.KeepAsync(person, $"bookings-answer-missing-{width}");
        await person
            .GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^" + Regex.Escape(Lunch)) })
            .GetByLabel("Oui")
            .CheckAsync();
        await person
            .GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^" + Regex.Escape(carpool)) })
            .GetByLabel("Non")
            .CheckAsync();
        await session.ClickAsync();
        await Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Votre réservation est confirmée" }))
            .ToBeVisibleAsync();
        await Expect(person.Locator(".answers")).ToContainTextAsync("Anor");
        await Screens.CheckAsync(person, width);

        await admin.GotoAsync("/gestion/reservations/journees-de-la-ruralite/seances");
        await admin
            .GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Première journée.*: émargement$") })
            .ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"Odile Ruralite{width}") }))
            .ToContainTextAsync("Anor");
        await Screens.CheckAsync(admin, width);

        await person.GetByRole(AriaRole.Button, new() { Name = "Annuler ma réservation" }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("Cette réservation a été annulée");
        await admin.GotoAsync("/gestion/reservations/journees-de-la-ruralite/questions");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Retirer : {carpool}" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Question retirée");
    }
}
