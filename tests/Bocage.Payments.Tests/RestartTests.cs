using System.Net;
using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Tests;

/// <summary>
/// A payer who left PayFiP's page is not blocked for twenty minutes: the invoice says « Paiement en cours » with a
/// button to give that payment up and pay again, after the earlier attempt was checked with PayFiP.
/// </summary>
public sealed class RestartTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_inhabitant_gives_up_a_payment_left_at_PayFiP_and_pays_again_at_once(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var (browser, invoice, firstIdOp) = await LeftAtPayFipAsync(app);

        var list = await browser.OpenAsync("/factures");
        Assert.Contains("Paiement en cours", list);
        Assert.Contains("Abandonner ce paiement et payer à nouveau", list);
        Assert.DoesNotContain($"name=\"Selected\" value=\"{invoice.Id}\"", list);
        using var again = await browser.SubmitAsync(
            "/factures?handler=Restart",
            new Dictionary<string, string> { ["invoice"] = invoice.Id.ToString() }
        );

        Assert.Equal("/simulateur-payfip/tpa/paiementws.web", again.RequestMessage!.RequestUri!.AbsolutePath);
        var secondIdOp = PaymentSteps.IdOpOf(again.RequestMessage.RequestUri);
        Assert.NotEqual(firstIdOp, secondIdOp);
        var attempts = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Attempts.Where(a => a.IdOp == firstIdOp || a.IdOp == secondIdOp).ToListAsync()
        );
        // The first attempt stays open: were it paid late, the money would still be recorded.
        Assert.All(attempts, a => Assert.Equal(AttemptStatus.Pending, a.Status));
        var held = await PaymentSteps.ReadAsync(app.Services, db => db.Invoices.SingleAsync(i => i.Id == invoice.Id));
        Assert.Equal(attempts.Single(a => a.IdOp == secondIdOp).Id, held.PendingAttemptId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_payment_that_went_through_at_PayFiP_is_found_paid_and_nothing_starts(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var (browser, invoice, firstIdOp) = await LeftAtPayFipAsync(app);
        // Paid at PayFiP, but neither the notification nor the return reached us.
        PaymentSteps.Decide(app, firstIdOp, "P");

        await browser.OpenAsync("/factures");
        using var again = await browser.SubmitAsync(
            "/factures?handler=Restart",
            new Dictionary<string, string> { ["invoice"] = invoice.Id.ToString() }
        );

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Votre paiement précédent a abouti", browser.LastPage);
        var paid = await PaymentSteps.ReadAsync(app.Services, db => db.Invoices.SingleAsync(i => i.Id == invoice.Id));
        Assert.Equal(InvoiceStatus.Paid, paid.Status);
        Assert.Equal(
            1,
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.AttemptInvoices.CountAsync(a => a.InvoiceId == invoice.Id)
            )
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Paying_by_reference_offers_to_give_up_the_pending_payment(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4200);
        await PaymentSteps.StartAsync(app, invoice.Id);
        var browser = app.Browser();
        var fields = new Dictionary<string, string>
        {
            ["Input.Reference"] = invoice.Reference,
            ["Input.Amount"] = "42,00",
            ["Input.Email"] = "payeur@example.fr",
        };

        await browser.SubmitAsync("/factures/payer", fields, "/factures/payer");
        Assert.Contains("déjà en cours", browser.LastPage);
        Assert.Contains("formaction=\"/factures/payer?handler=Restart\"", browser.LastPage);
        using var again = await browser.SubmitAsync("/factures/payer?handler=Restart", fields);

        Assert.Equal("/simulateur-payfip/tpa/paiementws.web", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>The inhabitant starts paying a canteen invoice and leaves PayFiP's page (its idOp returned).</summary>
    private static async Task<(Browser Browser, Invoice Invoice, string IdOp)> LeftAtPayFipAsync(PaymentsFactory app)
    {
        var browser = app.Browser();
        await browser.SignInAsync(PaymentSteps.Inhabitant, PaymentSteps.Password);
        await browser.OpenAsync("/factures");
        var invoice = await UnpaidCanteenAsync(app);
        using var first = await PaymentSteps.PostFormAsync(
            browser,
            "/factures",
            [new("Selected", invoice.Id.ToString())]
        );
        return (browser, invoice, PaymentSteps.IdOpOf(first.RequestMessage!.RequestUri));
    }

    private static Task<Invoice> UnpaidCanteenAsync(PaymentsFactory app) =>
        PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.Where(i =>
                    i.Status == InvoiceStatus.Unpaid && db.Regies.Any(r => r.Id == i.RegieId && r.Code == "FOU-CANT")
                )
                .OrderBy(i => i.Label)
                .FirstAsync()
        );
}
