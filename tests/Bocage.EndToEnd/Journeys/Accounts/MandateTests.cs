using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accounts;

public sealed class MandateTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Person_grants_a_mandate_mediator_acts_person_sees_it_and_revokes_it()
    {
        await AccountSteps.SignInAsync(Page, "habitant@demo.sud-avesnois.fr", AccountSteps.DemoPassword);
        await OpenAsync("/compte/mandats");
        await Page.GetByLabel("Médiateur numérique").SelectOptionAsync(new SelectOptionValue { Label = "Noa Dubois" });
        await Page.GetByLabel("Mise à jour de mes coordonnées").CheckAsync();
        await Page.GetByLabel("Durée").SelectOptionAsync(new SelectOptionValue { Label = "1 semaine" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Donner le mandat" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le mandat est donné");
        await Axe.AssertNoViolationsAsync(Page);

        var mediator = await Context.Browser!.NewContextAsync(new() { BaseURL = Host.BaseUrl, Locale = "fr-FR" });
        var mediatorPage = await mediator.NewPageAsync();
        await StaffKeys.SignInAsync(mediatorPage, "mediateur@demo.sud-avesnois.fr");
        await mediatorPage.GotoAsync("/gestion/mandats");
        await Axe.AssertNoViolationsAsync(mediatorPage);
        await mediatorPage
            .GetByRole(AriaRole.Link, new() { Name = "Mettre à jour ses coordonnées" })
            .First.ClickAsync();
        await Expect(mediatorPage.GetByText("Vous agissez pour le compte de Camille")).ToBeVisibleAsync();
        await mediatorPage.GetByLabel("Nom (obligatoire)", new() { Exact = true }).FillAsync("Lefebvre-Roussel");
        await mediatorPage.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(mediatorPage).ToHaveURLAsync(new Regex("/gestion/mandats$"));

        await OpenAsync("/compte/mandats");
        await Expect(Page.GetByText("réalisé par Noa Dubois pour le compte de Camille Lefebvre-Roussel"))
            .ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Retirer ce mandat" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le mandat est retiré");

        await mediatorPage.GotoAsync("/gestion/mandats");
        await Expect(mediatorPage.GetByText("Personne ne vous a donné de mandat en cours.")).ToBeVisibleAsync();
        await mediator.CloseAsync();
    }
}
