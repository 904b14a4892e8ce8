using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The manager of a verified farm that the directory does not list, on a 360 px phone and on a desktop screen, goes
/// from the business home to « the entry of your company », is told at its field that the postal code is wrong
/// (the rest kept), proposes the entry and sees it waiting; the Fourmies agent opens the mailed link, is told the
/// place needs its coordinates, places it and accepts; the manager's mail says the entry is in the directory and
/// its link leads back to the entry, which the public page shows. Axe and no sideways scrolling on each page.
/// </summary>
public sealed class CompanyNewEntryJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Agent = "agent.fourmies@demo.sud-avesnois.fr";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_company_proposes_its_entry_and_the_agent_places_it_on_the_map(int width)
    {
        // The browser tests share one site: each width its own farm.
        var name = width == 360 ? "Ferme du Pont de Sains" : "Fromagerie de la Haie d'Anor";
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Lucie", "Dumont");
        await Bocage.Testing.TestCompanies.CreateVerifiedAsync(Host.Services, email, $"EARL {name}", width);
        var owner = await Screens.PageAsync(Host, width);
        await AccountSteps.SignInAsync(owner, email, AccountSteps.DemoPassword);

        await owner.GotoAsync("/entreprises");
        await owner.GetByRole(AriaRole.Link, new() { Name = "La fiche de votre entreprise" }).ClickAsync();
        await owner.GetByLabel("Nom du lieu").FillAsync(name);
        await owner.GetByLabel("Type de lieu").SelectOptionAsync(new SelectOptionValue { Label = "Producteur" });
        await owner.GetByLabel("Commune").SelectOptionAsync(new SelectOptionValue { Label = "Fourmies" });
        await owner.GetByLabel("Adresse (numéro et rue)").FillAsync("12 rue du Pont de Sains");
        await owner.GetByLabel("Code postal").FillAsync("5961");
        await owner.GetByLabel("Horaires").FillAsync("Fr 16:00-19:00; Sa 09:00-12:00");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Proposer ma fiche" }).ClickAsync();

        await Expect(owner.Locator(".field--error")).ToContainTextAsync("Le code postal a cinq chiffres");
        await Expect(owner.GetByLabel("Adresse (numéro et rue)")).ToHaveValueAsync("12 rue du Pont de Sains");
        await Screens.CheckAsync(owner, width);
        await Screenshots.KeepAsync(owner, $"company-new-entry-refused-{width}");
        await owner.GetByLabel("Code postal").FillAsync("59610");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Proposer ma fiche" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("attend la décision d'un agent");
        await Screens.CheckAsync(owner, width);

        var told = await AccountSteps.MailAboutAsync(Host, Agent, $"Nouvelle fiche proposée : « {name} »");
        var link = new Uri(Regex.Match(told.TextBody, @"https?://\S+/gestion/lieux/propositions/\S+").Value);
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, Agent);
        await agent.GotoAsync(link.PathAndQuery);
        await Expect(agent.GetByRole(AriaRole.Main)).ToContainTextAsync("12 rue du Pont de Sains, 59610 Fourmies");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accepter et créer la fiche" }).ClickAsync();
        await Expect(agent.Locator(".field--error").First).ToContainTextAsync("Écrivez un nombre de degrés");
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"company-new-entry-review-{width}");
        await agent.GetByLabel("Latitude").FillAsync("50,0161");
        await agent.GetByLabel("Longitude").FillAsync("4,0512");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accepter et créer la fiche" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Acceptée");
        await Screens.CheckAsync(agent, width);

        var mail = await AccountSteps.MailAboutAsync(Host, email, "paraît dans l'annuaire");
        Assert.Contains(name, mail.TextBody);
        await owner.GotoAsync(await AccountSteps.MailedLinkAsync(Host, email));
        await Expect(owner.GetByRole(AriaRole.Table)).ToContainTextAsync("Acceptée");
        await Screens.CheckAsync(owner, width);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Voir la page publique" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(owner.GetByRole(AriaRole.Main)).ToContainTextAsync("Le vendredi, de 16 h à 19 h");
        await Screens.CheckAsync(owner, width);
        await Screenshots.KeepAsync(owner, $"company-new-entry-public-{width}");
    }
}
