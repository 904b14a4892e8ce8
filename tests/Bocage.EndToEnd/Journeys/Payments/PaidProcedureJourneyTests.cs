using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Bocage.EndToEnd.Journeys.Procedures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Payments;

/// <summary>
/// The Procedures and Payments engines together, as the demo ships them: an inhabitant enrols a child
/// at Fourmies' canteen, the agent accepts the request (which asks for the 45 € registration, an
/// invoice of the canteen's régie FOU-CANT), the inhabitant pays it through the PayFiP simulator from
/// the link on the file, and the file then says the payment was received. Axe on every page.
/// </summary>
public sealed partial class PaidProcedureJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [GeneratedRegex(@"CCSA-\d{4}-\d{6}")]
    private static partial Regex FileNumber();

    [Fact]
    public async Task A_canteen_enrolment_asks_for_its_fee_and_is_completed_by_the_payment()
    {
        await AccountSteps.SignInAsync(Page, "habitant@demo.sud-avesnois.fr", AccountSteps.DemoPassword);
        var (number, file) = await EnrolAsync();

        var agentContext = await Host.NewContextAsync();
        var agent = await agentContext.NewPageAsync();
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync($"/gestion/demarches?q={number}");
        await agent.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await AgentFileSteps.RunStepAsync(agent, "Passer en instruction");
        await AgentFileSteps.RunStepAsync(agent, "Accepter");
        await Expect(agent.GetByText("Accepté").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(agent);
        await agentContext.CloseAsync();

        await Page.GotoAsync(file);
        await Expect(Page.GetByText("Un paiement de 45,00")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Payer en ligne" }).ClickAsync();
        await Expect(Page.GetByLabel("Référence de la facture")).ToHaveValueAsync(new Regex("^FOU-CANT-"));
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Montant en euros").FillAsync("45,00");
        await Page.GetByLabel("Adresse électronique").FillAsync("habitant@demo.sud-avesnois.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Payer" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Paiement de 45,00");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Paiement accepté (P)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Paiement accepté");
        await Axe.AssertNoViolationsAsync(Page);

        // The file learns it from the InvoiceSettled event, delivered by the outbox worker in the background.
        await Page.GotoAsync(file);
        await ReloadUntilFoundAsync(Page.GetByText("Paiement reçu"));
        await Expect(Page.GetByText("Paiement reçu").First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Payer en ligne" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(Page);
    }

    /// <summary>Fills and sends the canteen enrolment; returns the file's number and address.</summary>
    private async Task<(string Number, string File)> EnrolAsync()
    {
        await OpenAsync("/demarches");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Inscription à la cantine et au périscolaire" })
            .ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        await Page.GetByLabel("Nom et prénom du responsable légal").FillAsync("Camille Habitant");
        await Page.GetByLabel("Téléphone").FillAsync("03 27 60 00 02");
        await Page.GetByLabel(new Regex("^Adresse électronique")).FillAsync("habitant@demo.sud-avesnois.fr");
        await Page.GetByLabel("Numéro et voie").FillAsync("3 rue des Écoles");
        await Page.GetByLabel("Code postal").FillAsync("59610");
        await Page.GetByLabel("Commune", new() { Exact = true }).SelectOptionAsync("59249");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        if (await Page.GetByLabel("Nom et prénom de l'enfant").CountAsync() == 0)
        {
            await Page.Locator("button[name=repeter]").ClickAsync();
        }
        await Page.GetByLabel("Nom et prénom de l'enfant").FillAsync("Léo Habitant");
        await Page.GetByLabel("Date de naissance").FillAsync("2018-05-04");
        await Page.GetByLabel("École").SelectOptionAsync(new SelectOptionValue { Label = "École Jean Macé" });
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Non", Exact = true }).CheckAsync();
        await Page.GetByLabel("Lundi").CheckAsync();
        await Page.GetByLabel("Je certifie").CheckAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez vos réponses");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        var heading = await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        await Axe.AssertNoViolationsAsync(Page);
        var number = FileNumber().Match(heading ?? "").Value;
        Assert.False(string.IsNullOrEmpty(number), heading);
        return (number, new Uri(Page.Url).AbsolutePath);
    }
}
