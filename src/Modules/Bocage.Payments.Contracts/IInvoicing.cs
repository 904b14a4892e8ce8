namespace Bocage.Payments.Contracts;

/// <summary>
/// Asks for money on behalf of an engine (a procedure's fee, a booking, an order). The Payments
/// engine implements it; when that engine is switched off nothing is registered, and callers must
/// say so to the person instead of failing (resolve it with <c>GetService</c>).
/// The outcome comes back once per invoice as an <see cref="InvoiceSettled"/> domain event.
/// </summary>
public interface IInvoicing
{
    /// <summary>
    /// Issues an invoice, idempotent on (<see cref="InvoiceRequest.Origin"/>,
    /// <see cref="InvoiceRequest.OriginReference"/>): asking twice returns the first invoice.
    /// </summary>
    Task<InvoiceHandle> RequestAsync(InvoiceRequest request, CancellationToken cancellationToken);

    /// <summary>Where the invoice stands, or null when the id is unknown.</summary>
    Task<InvoiceState?> StateAsync(Guid invoiceId, CancellationToken cancellationToken);
}
