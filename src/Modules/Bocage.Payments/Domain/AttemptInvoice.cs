namespace Bocage.Payments.Domain;

/// <summary>An invoice paid by an attempt, with the amount it covered.</summary>
internal sealed record AttemptInvoice(Guid AttemptId, Guid InvoiceId, long AmountCents);
