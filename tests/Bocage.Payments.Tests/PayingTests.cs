using System.Net;
using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Tests;

public sealed class PayingTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_inhabitant_pays_two_invoices_of_a_regie_in_one_go_and_gets_a_receipt(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var browser = app.Browser();
        await browser.SignInAsync(PaymentSteps.Inhabitant, PaymentSteps.Password);
        var page = await browser.OpenAsync("/factures");
        Assert.Contains("Cantine et périscolaire de Fourmies", page);
        Assert.Contains("Communauté de Communes Sud Avesnois", page);
        var canteen = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.Where(i =>
                    i.Status == InvoiceStatus.Unpaid && db.Regies.Any(r => r.Id == i.RegieId && r.Code == "FOU-CANT")
                )
                .ToListAsync()
        );
        Assert.Equal(2, canteen.Count);

        using var toPayFip = await PaymentSteps.PostFormAsync(
            browser,
            "/factures",
            canteen.Select(i => new KeyValuePair<string, string>("Selected", i.Id.ToString()))
        );
        Assert.Equal("/simulateur-payfip/tpa/paiementws.web", toPayFip.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Résultat du paiement", await toPayFip.Content.ReadAsStringAsync());

        var (back, backPage) = await PaymentSteps.ChooseAtPayFipAsync(
            browser,
            PaymentSteps.IdOpOf(toPayFip.RequestMessage.RequestUri),
            "P",
            "Once"
        );
        Assert.Equal("/factures/retour", back.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Paiement accepté", backPage);

        var paid = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.Where(i => canteen.Select(c => c.Id).Contains(i.Id)).ToListAsync()
        );
        Assert.All(paid, i => Assert.Equal(InvoiceStatus.Paid, i.Status));
        var receipt = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Receipts.SingleAsync(r => r.AttemptId == paid[0].PaidByAttemptId)
        );
        Assert.Equal(1, receipt.Number);
        Assert.Equal(canteen.Sum(i => i.AmountCents), receipt.AmountCents);
        var receiptPage = await browser.OpenAsync($"/factures/recu/{receipt.AttemptId}");
        Assert.Contains($"FOU-CANT-{receipt.Year}-000001", receiptPage);
        Assert.Matches(
            "<dd class=\"identity-inline\">\\s*<img class=\"emblem\" src=\"/territoire/embleme/[0-9a-f]{32}\\.jpg\"",
            receiptPage
        );
        var pdf = await browser.GetAsync($"/factures/recu/{receipt.AttemptId}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        // Fourmies' régie: the receipt carries the town's emblem above its title.
        Assert.Single(await PdfText.ImagesAsync(bytes));
        Assert.Contains($"recu-FOU-CANT-{receipt.Year}-000001.pdf", pdf.Content.Headers.ContentDisposition!.ToString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_attempt_while_one_is_pending_is_refused_with_a_clear_message(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4200);
        await PaymentSteps.StartAsync(app, invoice.Id);

        var browser = app.Browser();
        using var response = await browser.SubmitAsync(
            "/factures/payer",
            new Dictionary<string, string>
            {
                ["Input.Reference"] = invoice.Reference,
                ["Input.Amount"] = "42,00",
                ["Input.Email"] = "payeur@example.fr",
            },
            "/factures/payer"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Un paiement de cette facture est déjà en cours", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Paying_by_reference_refuses_a_wrong_amount_and_keeps_what_was_typed(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4200);
        var browser = app.Browser();

        using var wrong = await browser.SubmitAsync(
            "/factures/payer",
            new Dictionary<string, string>
            {
                ["Input.Reference"] = invoice.Reference,
                ["Input.Amount"] = "41,99",
                ["Input.Email"] = "payeur@example.fr",
            },
            "/factures/payer"
        );
        Assert.Contains("Aucune facture à payer ne correspond", browser.LastPage);
        Assert.Contains("value=\"41,99\"", browser.LastPage);

        using var right = await browser.SubmitAsync(
            "/factures/payer",
            new Dictionary<string, string>
            {
                ["Input.Reference"] = invoice.Reference.ToLowerInvariant(),
                ["Input.Amount"] = "42",
                ["Input.Email"] = "payeur@example.fr",
            },
            "/factures/payer"
        );
        Assert.Equal("/simulateur-payfip/tpa/paiementws.web", right.RequestMessage!.RequestUri!.AbsolutePath);
        var (_, page) = await PaymentSteps.ChooseAtPayFipAsync(
            browser,
            PaymentSteps.IdOpOf(right.RequestMessage.RequestUri),
            "R",
            "Once"
        );
        Assert.Contains("Paiement refusé", page);
        Assert.Equal(
            InvoiceStatus.Unpaid,
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Invoices.Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync()
            )
        );
    }
}
