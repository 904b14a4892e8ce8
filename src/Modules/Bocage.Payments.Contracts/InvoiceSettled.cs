using Bocage.Kernel.Contracts;

namespace Bocage.Payments.Contracts;

/// <summary>
/// An invoice requested through <see cref="IInvoicing"/> was paid, or a payment attempt on it was
/// refused or abandoned, or the invoice was cancelled. Raised once per outcome by the Payments
/// engine through its outbox; delivery is at least once, so handlers deduplicate on
/// (<see cref="InvoiceId"/>, <see cref="Outcome"/>, <see cref="AttemptId"/>).
/// </summary>
[EventName("payments.invoice-settled", 1)]
public sealed record InvoiceSettled(
    Guid InvoiceId,
    string Origin,
    string OriginReference,
    InvoiceOutcome Outcome,
    long AmountCents,
    Guid? AttemptId,
    DateTime OccurredAtUtc
) : IDomainEvent;

/// <summary>What happened to an invoice.</summary>
public enum InvoiceOutcome
{
    Paid = 0,
    Refused = 1,
    Abandoned = 2,
    Cancelled = 3,
}
