using System.Net;
using Bocage.Kernel.Contracts;
using Bocage.Payments.Domain.Receipts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed class ReceiptMailTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_confirmed_payment_mails_its_receipt_once_whatever_the_duplicate_notifications_and_redeliveries(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4200);
        var browser = app.Browser();
        await browser.OpenAsync("/factures/payer");
        using var toPayFip = await browser.SubmitAsync(
            "/factures/payer",
            new Dictionary<string, string>
            {
                ["Input.Reference"] = invoice.Reference,
                ["Input.Amount"] = "42,00",
                ["Input.Email"] = "recu@example.fr",
            }
        );
        var idOp = PaymentSteps.IdOpOf(toPayFip.RequestMessage!.RequestUri);
        var (_, back) = await PaymentSteps.ChooseAtPayFipAsync(browser, idOp, "P", "Duplicate");
        Assert.Contains("Paiement accepté", back);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PaymentSteps.NotifyAsync(app.CreateClient(), idOp)));

        await app.Services.SettleOutboxAsync();
        var attemptId = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Attempts.Where(a => a.IdOp == idOp).Select(a => a.Id).SingleAsync()
        );
        for (var redelivery = 0; redelivery < 2; redelivery++)
        {
            using var scope = app.Services.CreateScope();
            await scope
                .ServiceProvider.GetRequiredService<IDomainEventHandler<PaymentConfirmed>>()
                .HandleAsync(new PaymentConfirmed(attemptId), CancellationToken.None);
        }

        using var check = app.Services.CreateScope();
        var mails = await check
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Include(m => m.Attachments)
            .Where(m => m.Category == "payments.recu")
            .ToListAsync();
        var mail = Assert.Single(mails);
        Assert.Equal("recu@example.fr", mail.Recipient);
        Assert.Equal(ReceiptMailer.IdempotencyKey(attemptId), mail.IdempotencyKey);
        Assert.Contains("42,00", WebUtility.HtmlDecode(mail.TextBody));
        Assert.Contains(invoice.Reference, mail.TextBody);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 4));
        Assert.StartsWith("recu-FOU-EAU-", pdf.FileName, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refused_payment_mails_no_receipt(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 1500);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, idOp, "R");
        await PaymentSteps.NotifyAsync(app.CreateClient(), idOp);

        await app.Services.SettleOutboxAsync();

        using var check = app.Services.CreateScope();
        Assert.False(
            await check
                .ServiceProvider.GetRequiredService<KernelDb>()
                .MailMessages.AnyAsync(m => m.Category == "payments.recu")
        );
    }
}
