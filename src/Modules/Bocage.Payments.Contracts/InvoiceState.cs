namespace Bocage.Payments.Contracts;

/// <summary>Where an invoice stands.</summary>
public enum InvoiceState
{
    Unpaid = 0,
    Paid = 1,
    Cancelled = 2,
}
