namespace Bocage.Payments.Contracts;

/// <summary>The issued invoice: its id, the reference printed on it and where to pay it.</summary>
public sealed record InvoiceHandle(Guid InvoiceId, string Reference, string PaymentPath);
