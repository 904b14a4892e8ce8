using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accounts;

public sealed class StaffInvitationTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Administrator_invites_an_agent_who_enrols_a_second_factor_and_is_refused_another_communes_tools()
    {
        await StaffKeys.SignInAsync(Page, "admin@demo.sud-avesnois.fr");

        await OpenAsync("/gestion/agents");
        var email = $"agent.{Guid.NewGuid():N}@anor.example";
        await Page.GetByLabel("Prénom").FillAsync("Yanis");
        await Page.GetByLabel("Nom (obligatoire)", new() { Exact = true }).FillAsync("Bernard");
        await Page.GetByLabel("Adresse électronique").FillAsync(email);
        await Page.GetByLabel("Service ou structure")
            .SelectOptionAsync(new SelectOptionValue { Label = "Mairie de Anor" });
        await Page.GetByLabel("Droit accordé")
            .SelectOptionAsync(new SelectOptionValue { Label = "Lire le journal d'audit" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("L'invitation est envoyée");
        await Axe.AssertNoViolationsAsync(Page);

        var agent = await Context.Browser!.NewContextAsync(new() { BaseURL = Host.BaseUrl, Locale = "fr-FR" });
        var agentPage = await agent.NewPageAsync();
        await agentPage.GotoAsync(await AccountSteps.MailedLinkAsync(Host, email));
        await agentPage
            .GetByLabel("Mot de passe (obligatoire)", new() { Exact = true })
            .FillAsync("un chemin creux sous les haies");
        await agentPage.GetByLabel("Confirmer le mot de passe").FillAsync("un chemin creux sous les haies");
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et continuer" }).ClickAsync();
        await Expect(agentPage).ToHaveURLAsync(new Regex("/compte/double-authentification$"));
        await Axe.AssertNoViolationsAsync(agentPage);
        await AccountSteps.EnrolAuthenticatorAsync(agentPage);

        await agentPage.GotoAsync("/gestion/journal");
        await Expect(agentPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Journal d'audit");
        await Axe.AssertNoViolationsAsync(agentPage);
        var refused = await agentPage.GotoAsync("/gestion/agents");
        Assert.Equal(403, refused!.Status);
        await Expect(agentPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await agent.CloseAsync();
    }
}
