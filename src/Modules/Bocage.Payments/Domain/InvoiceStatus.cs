namespace Bocage.Payments.Domain;

internal enum InvoiceStatus
{
    Unpaid = 0,
    Paid = 1,
    Cancelled = 2,
}
