using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The demo bakery's owner, on a 360 px phone and on a desktop screen, goes from the bakery's page to « propose an
/// update », is told at its field that the hours cannot be read (the rest kept), sends the proposal and sees it
/// waiting; the Fourmies agent, mailed about it, finds it from the back office, reads what changes and approves it;
/// the owner's mail says so and its link leads back to the entry, now in the history, while the public page shows
/// the change. Axe and no sideways scrolling on each page.
/// </summary>
public sealed class CompanyEntryJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Owner = "boulangerie@demo.sud-avesnois.fr";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_company_updates_its_entry_and_the_agent_approves_it(int width)
    {
        var owner = await Screens.PageAsync(Host, width);
        await AccountSteps.SignInAsync(owner, Owner, AccountSteps.DemoPassword);
        var phone = width == 360 ? "03 27 60 03 60" : "03 27 60 12 80";

        await owner.GotoAsync("/annuaire/boulangerie-place-verte");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Proposer une mise à jour de sa fiche" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("La fiche de votre entreprise");
        await owner.GetByLabel("Téléphone").FillAsync(phone);
        await owner
            .GetByLabel("Résumé (Nederlands, 280 caractères au plus)")
            .FillAsync("Zuurdesembrood en gebak, elke ochtend vers.");
        await owner.GetByLabel("Horaires").FillAsync("Ma-Sa 06:30-13:00");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Envoyer la proposition" }).ClickAsync();

        await Expect(owner.Locator(".field--error")).ToContainTextAsync("« Ma » n'est pas un jour");
        await Expect(owner.GetByLabel("Téléphone")).ToHaveValueAsync(phone);
        await Screens.CheckAsync(owner, width);
        await Screenshots.KeepAsync(owner, $"company-entry-refused-{width}");
        await owner.GetByLabel("Horaires").FillAsync("Tu-Sa 06:30-13:00,15:00-19:00; Su 07:00-12:30");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Envoyer la proposition" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Status)).ToContainTextAsync("attend la validation d'un agent");
        await Screens.CheckAsync(owner, width);
        await Screenshots.KeepAsync(owner, $"company-entry-sent-{width}");

        var told = await AccountSteps.MailAboutAsync(
            Host,
            "agent.fourmies@demo.sud-avesnois.fr",
            "Proposition de mise à jour"
        );
        Assert.Contains("/gestion/lieux/propositions/", told.TextBody);
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/lieux");
        await agent
            .GetByRole(AriaRole.Link, new() { Name = "Propositions des entreprises : 1 en attente" })
            .ClickAsync();
        await Screens.CheckAsync(agent, width);
        await agent.GetByRole(AriaRole.Link, new() { Name = "Boulangerie de la place Verte" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Main)).ToContainTextAsync(phone);
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"company-entry-review-{width}");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accepter et mettre la fiche à jour" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Acceptée");

        var mail = await AccountSteps.MailAboutAsync(Host, Owner, "mise à jour");
        Assert.Contains("a été acceptée", mail.TextBody);
        await owner.GotoAsync(await AccountSteps.MailedLinkAsync(Host, Owner));
        await Expect(owner.GetByRole(AriaRole.Table)).ToContainTextAsync("Acceptée : la fiche est à jour");
        await Screens.CheckAsync(owner, width);
        await owner.GotoAsync("/annuaire/boulangerie-place-verte?langue=nl");
        await Expect(owner.GetByRole(AriaRole.Main)).ToContainTextAsync("Zuurdesembrood en gebak");
        await Expect(owner.GetByRole(AriaRole.Main)).ToContainTextAsync(phone);
        await Screenshots.KeepAsync(owner, $"company-entry-public-{width}");
    }
}
