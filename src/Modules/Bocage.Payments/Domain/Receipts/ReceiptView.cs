namespace Bocage.Payments.Domain.Receipts;

/// <summary>A receipt with what is printed on it.</summary>
internal sealed record ReceiptView(
    Guid AttemptId,
    string Number,
    string Collectivity,
    string RegieName,
    DateTime PaidAtUtc,
    long AmountCents,
    string IdOp,
    IReadOnlyList<ReceiptLine> Invoices,
    string? CommuneInsee
);
