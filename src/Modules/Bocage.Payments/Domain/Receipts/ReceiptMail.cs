using Bocage.Kernel.Amounts;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Bocage.Payments.Domain.Receipts;

/// <summary>
/// Raised in the transaction that records a payment, so that the receipt mail goes out only for a
/// payment that was committed, and once: the settlement is applied once, and a redelivered event
/// finds the mail already stored under its idempotency key.
/// </summary>
[EventName("payments.payment-confirmed", 1)]
internal sealed record PaymentConfirmed(Guid AttemptId) : IDomainEvent;

/// <summary>
/// Mails the receipt, PDF attached, to the address the payer gave for the payment, in their language: their
/// account's preference, else the language of the page they paid from.
/// </summary>
internal sealed class ReceiptMailer(
    PaymentsDb db,
    ReceiptReader receipts,
    ReceiptPdf pdf,
    LocalizedMailer mailer,
    IStringLocalizer<PaymentsResource> text,
    ILogger<ReceiptMailer> log
) : IDomainEventHandler<PaymentConfirmed>
{
    public static string IdempotencyKey(Guid attemptId) => $"payments.recu.{attemptId:N}";

    public async Task HandleAsync(PaymentConfirmed domainEvent, CancellationToken cancellationToken)
    {
        var payer = await db
            .Attempts.AsNoTracking()
            .Where(a => a.Id == domainEvent.AttemptId)
            .Select(a => new
            {
                Email = a.PayerEmail,
                AccountId = a.PayerAccountId,
                Language = a.PayerLanguage,
            })
            .SingleOrDefaultAsync(cancellationToken);
        var receipt = await receipts.ReadAsync(domainEvent.AttemptId, cancellationToken);
        if (string.IsNullOrWhiteSpace(payer?.Email) || receipt is null)
        {
            return;
        }
        var document = await pdf.RenderAsync(receipt, cancellationToken);
        var language = await mailer.LanguageOfAccountAsync(payer.AccountId, payer.Language, cancellationToken);
        try
        {
            await mailer.EnqueueAsync(
                language,
                () =>
                    new MailRequest(
                        payer.Email,
                        text["ReceiptMailSubject", receipt.Number],
                        Body(receipt),
                        "payments.recu"
                    )
                    {
                        IdempotencyKey = IdempotencyKey(domainEvent.AttemptId),
                        Attachments = [new MailAttachment(ReceiptPdf.FileName(receipt), "application/pdf", document)],
                    },
                cancellationToken
            );
        }
        catch (InvalidMailException e)
        {
            // An address PayFiP took but no mail server would: retrying would never succeed.
            log.LogWarning("Receipt {Number} not mailed: {Reason}", receipt.Number, e.Message);
        }
    }

    private string Body(ReceiptView receipt) =>
        text[
            "ReceiptMailText",
            receipt.RegieName,
            Money.Format(receipt.AmountCents),
            ParisTime.Format(receipt.PaidAtUtc),
            receipt.Number,
            string.Join(
                "\n",
                receipt.Invoices.Select(i =>
                    text["ReceiptMailLine", i.Label, i.Reference, Money.Format(i.AmountCents)].Value
                )
            )
        ];
}
