using System.Globalization;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Time;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Imports;
using Bocage.Payments.Domain.Settlement;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Jobs;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Amounts;

namespace Bocage.Payments.Domain.Receipts;

/// <summary>
/// Raised in the transaction that records a payment, so that the receipt mail goes out only for a
/// payment that was committed, and once: the settlement is applied once, and a redelivered event
/// finds the mail already stored under its idempotency key.
/// </summary>
[EventName("payments.payment-confirmed", 1)]
internal sealed record PaymentConfirmed(Guid AttemptId) : IDomainEvent;

/// <summary>Mails the receipt, PDF attached, to the address the payer gave for the payment.</summary>
internal sealed class ReceiptMailer(PaymentsDb db, ReceiptReader receipts, ReceiptPdf pdf, IMailer mailer, IStringLocalizer<PaymentsResource> text,
    ILogger<ReceiptMailer> log) : IDomainEventHandler<PaymentConfirmed>
{
    public static string IdempotencyKey(Guid attemptId) => $"payments.recu.{attemptId:N}";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task HandleAsync(PaymentConfirmed domainEvent, CancellationToken cancellationToken)
    {
        // The outbox worker has no request culture; the payer's language is not known: French.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = French;
        var email = await db.Attempts.AsNoTracking().Where(a => a.Id == domainEvent.AttemptId).Select(a => a.PayerEmail).SingleOrDefaultAsync(cancellationToken);
        var receipt = await receipts.ReadAsync(domainEvent.AttemptId, cancellationToken);
        if (string.IsNullOrWhiteSpace(email) || receipt is null)
        {
            return;
        }
        var body = text["ReceiptMailText", receipt.RegieName, Money.Format(receipt.AmountCents), ParisTime.Format(receipt.PaidAtUtc), receipt.Number,
            string.Join("\n", receipt.Invoices.Select(i => $"- {i.Label} ({i.Reference}) : {Money.Format(i.AmountCents)}"))];
        try
        {
            await mailer.EnqueueAsync(new MailRequest(email, text["ReceiptMailSubject", receipt.Number], body, "payments.recu")
            {
                IdempotencyKey = IdempotencyKey(domainEvent.AttemptId),
                Attachments = [new MailAttachment(ReceiptPdf.FileName(receipt), "application/pdf", pdf.Render(receipt))],
            }, cancellationToken);
        }
        catch (InvalidMailException e)
        {
            // An address PayFiP took but no mail server would: retrying would never succeed.
            log.LogWarning("Receipt {Number} not mailed: {Reason}", receipt.Number, e.Message);
        }
    }
}
