using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Bocage.Payments.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Payments;

/// <summary>
/// An inhabitant, on a phone and at a desk, starts paying an invoice, leaves PayFiP's page without paying and
/// comes back to « Mes factures »: the invoice says « Paiement en cours » and offers to give that payment up and
/// pay again, which leads straight back to PayFiP; paid, the receipt follows. Axe on each page.
/// </summary>
public sealed class RestartPaymentJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_inhabitant_who_left_PayFiP_pays_again_without_waiting(int width)
    {
        var label = $"Cantine – décembre ({width})";
        using (var scope = Host.Services.CreateScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<IInvoicing>()
                .RequestAsync(
                    new InvoiceRequest(
                        "EndToEnd",
                        $"reprise-{Guid.NewGuid():N}",
                        "59249",
                        "FOU-CANT",
                        3840,
                        label,
                        new InvoicePayer(null, "habitant@demo.sud-avesnois.fr", "Camille Habitant")
                    ),
                    CancellationToken.None
                );
        }
        await Page.SetViewportSizeAsync(width, 800);
        await AccountSteps.SignInAsync(Page, "habitant@demo.sud-avesnois.fr", AccountSteps.DemoPassword);
        await OpenAsync("/factures");
        await Page.GetByLabel($"Payer « {label} »").CheckAsync();
        await Page.GetByRole(
                AriaRole.Button,
                new() { Name = "Payer la sélection (Cantine et périscolaire de Fourmies)" }
            )
            .ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Paiement de 38,40");

        // The person closes PayFiP's page and comes back later.
        await OpenAsync("/factures");
        var row = Page.GetByRole(AriaRole.Row)
            .Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = label }) });
        await Expect(row).ToContainTextAsync("Paiement en cours");
        await Layout.AssertNoSidewaysScrollAsync(Page, width);
        await Axe.AssertNoViolationsAsync(Page);
        await Screenshots.KeepAsync(Page, $"payment-pending-{width}");
        await row.GetByRole(AriaRole.Button, new() { Name = "Abandonner ce paiement et payer à nouveau" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Paiement de 38,40");
        await Page.GetByLabel("Paiement accepté (P)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Paiement accepté");
        await OpenAsync("/factures");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Reçu de « {label} »" })).ToBeVisibleAsync();
    }
}
