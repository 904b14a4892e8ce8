namespace Bocage.Payments.Domain.Invoices;

/// <summary>An invoice as a page shows it, with its régie and collectivity.</summary>
internal sealed record InvoiceView(Invoice Invoice, Regie Regie, string Collectivity, Guid? ReceiptAttemptId);
