namespace Bocage.Payments.Domain.Receipts;

internal sealed record ReceiptLine(string Label, string Reference, long AmountCents);
