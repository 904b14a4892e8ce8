namespace Bocage.Payments.Domain;

/// <summary>One line of an invoice; the invoice's total is always the sum of its lines.</summary>
internal sealed record InvoiceLine(string Label, long AmountCents);
