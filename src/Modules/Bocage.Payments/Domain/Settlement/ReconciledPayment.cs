namespace Bocage.Payments.Domain.Settlement;

/// <summary>One payment in the day's report.</summary>
internal sealed record ReconciledPayment(
    DateTime PaidAtUtc,
    string ReceiptNumber,
    string IdOp,
    string? Numauto,
    long AmountCents,
    int InvoiceCount,
    bool RefundDue
);
