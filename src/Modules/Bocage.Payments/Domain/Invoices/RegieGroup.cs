namespace Bocage.Payments.Domain.Invoices;

/// <summary>A régie's invoices, grouped for "Mes factures".</summary>
internal sealed record RegieGroup(Regie Regie, string Collectivity, IReadOnlyList<InvoiceView> Invoices);
