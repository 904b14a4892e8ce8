using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Bookings;

/// <summary>
/// The Fourmies agent adds a session to the digital workshops, first with its end before its start (told at the
/// field, what was typed kept); an inhabitant registers for it; the agent marks them present on the attendance
/// screen; the inhabitant then finds the certificate of attendance on their booking. On a 360 px phone and on a
/// desktop screen, axe on every page, no sideways scrolling.
/// </summary>
public sealed class TrainingJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_adds_a_session_an_inhabitant_attends_and_gets_the_certificate(int width)
    {
        var title = $"Découvrir la tablette ({width})";
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/reservations");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Ateliers numériques pour tous" }).ClickAsync();
        await agent.GetByRole(AriaRole.Link, new() { Name = "Séances et émargement" }).ClickAsync();
        var day = DateTime.UtcNow.AddDays(width == 360 ? 4 : 5).ToString("yyyy-MM-dd");
        await agent.GetByLabel("Jour").FillAsync(day);
        await agent.GetByLabel(new Regex("^Début")).FillAsync("15:00");
        await agent.GetByLabel(new Regex("^Fin")).FillAsync("14:00");
        await agent.GetByLabel("Nombre de places").FillAsync("5");
        await agent.GetByLabel(new Regex("^Sujet de la séance")).FillAsync(title);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Ajouter la séance" }).ClickAsync();
        await Expect(agent.Locator("#Input_End-erreur, .field__error").First)
            .ToContainTextAsync("La fin doit venir après le début");
        await Expect(agent.GetByLabel(new Regex("^Sujet de la séance"))).ToHaveValueAsync(title);
        await Screens.CheckAsync(agent, width);
        await agent.GetByLabel(new Regex("^Fin")).FillAsync("17:00");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Ajouter la séance" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(title)) }))
            .ToContainTextAsync("0 / 5");
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-sessions-{width}");

        var person = await Screens.PageAsync(Host, width);
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Lucien", $"Atelier{width}");
        await AccountSteps.SignInAsync(person, email, AccountSteps.DemoPassword);
        await person.GotoAsync("/reserver/atelier-numerique-mediatheque");
        await person.Locator("form button", new() { HasText = title }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Votre réservation est confirmée" }))
            .ToBeVisibleAsync();
        var reference = Regex.Match(await person.Locator("h1").InnerTextAsync(), @"R-[A-Z2-9]{8}").Value;

        await agent
            .GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Regex.Escape(title)) })
            .GetByRole(AriaRole.Link, new() { Name = $"{title} : émargement" })
            .ClickAsync();
        await agent
            .GetByRole(AriaRole.Group, new() { Name = $"Lucien Atelier{width}" })
            .GetByLabel("Présent")
            .CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Présences enregistrées");
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"bookings-attendance-{width}");

        await person.GotoAsync($"/reserver/reservation/{reference}");
        await Expect(person.GetByRole(AriaRole.Link, new() { Name = "Télécharger l'attestation de présence (PDF)" }))
            .ToBeVisibleAsync();
        await Screens.CheckAsync(person, width);
    }
}
