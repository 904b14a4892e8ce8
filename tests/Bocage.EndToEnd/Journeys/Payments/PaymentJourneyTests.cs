using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Bocage.Payments.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Payments;

public sealed class PaymentJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Inhabitant_pays_two_invoices_of_Fourmies_canteen_through_PayFiP_and_gets_the_receipt()
    {
        await AccountSteps.SignInAsync(Page, "habitant@demo.sud-avesnois.fr", AccountSteps.DemoPassword);
        await OpenAsync("/factures");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Payer « Cantine – octobre »").CheckAsync();
        await Page.GetByLabel("Payer « Cantine – novembre »").CheckAsync();
        await Page.GetByRole(
                AriaRole.Button,
                new() { Name = "Payer la sélection (Cantine et périscolaire de Fourmies)" }
            )
            .ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Paiement de 108,00");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Paiement accepté (P)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Paiement accepté");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Voir mon reçu" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToContainTextAsync(new Regex("Reçu n° FOU-CANT-\\d{4}-\\d{6}"));
        await Axe.AssertNoViolationsAsync(Page);

        await OpenAsync("/factures");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Reçu de « Cantine – octobre »" }))
            .ToBeVisibleAsync();
    }

    [Fact]
    public async Task Someone_without_an_account_pays_a_paper_invoice_by_its_reference_and_amount()
    {
        InvoiceHandle handle;
        using (var scope = Host.Services.CreateScope())
        {
            handle = await scope
                .ServiceProvider.GetRequiredService<IInvoicing>()
                .RequestAsync(
                    new InvoiceRequest(
                        "EndToEnd",
                        $"papier-{Guid.NewGuid():N}",
                        "59249",
                        "FOU-EAU",
                        6320,
                        "Eau – relevé d'octobre",
                        new InvoicePayer(null, "papier@example.fr", "Dominique Papier")
                    ),
                    CancellationToken.None
                );
        }
        await OpenAsync("/factures/payer");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Référence de la facture").FillAsync(handle.Reference);
        await Page.GetByLabel("Montant en euros").FillAsync("63,21");
        await Page.GetByLabel("Adresse électronique").FillAsync("papier@example.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Payer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Aucune facture à payer ne correspond");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Montant en euros").FillAsync("63,20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Payer" }).ClickAsync();
        await Page.GetByLabel("Notification retardée").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Paiement accepté");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Voir mon reçu" }).ClickAsync();
        await Expect(Page.GetByText(handle.Reference)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Finance_agent_imports_a_csv_with_bad_lines_and_reads_why_they_were_refused()
    {
        await StaffKeys.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr");
        await OpenAsync("/gestion/factures");
        await Axe.AssertNoViolationsAsync(Page);
        await OpenAsync("/gestion/factures/import");
        const string csv =
            "regie;nom;email;libelle;montant;echeance\n"
            + "FOU-CANT;Camille Martin;camille@example.fr;Cantine décembre;48,00;2026-12-31\n"
            + "TRE-SALLE;Alix Roy;alix@example.fr;Salle;100;\n"
            + "FOU-EAU;Sam Lee;sam@example.fr;Eau;douze;\n";
        await Page.GetByLabel("Fichier CSV des factures")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "factures.csv",
                    MimeType = "text/csv",
                    Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
                }
            );
        await Page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();

        // The job runs in the background; htmx refreshes its state on the page until the report.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import « factures.csv »");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 facture(s) émise(s)");
        var refused = Page.GetByRole(AriaRole.Table, new() { Name = "Lignes refusées et pourquoi" });
        await Expect(refused).ToContainTextAsync("Régie inconnue ou que vous ne gérez pas.");
        await Expect(refused).ToContainTextAsync("Chaque ligne a un libellé et un montant positif");
        await Axe.AssertNoViolationsAsync(Page);
        await OpenAsync("/gestion/factures/rapprochement");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
