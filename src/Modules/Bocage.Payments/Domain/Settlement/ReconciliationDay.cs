using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Settlement;

/// <summary>
/// A régie's day: every confirmed payment, what is to keep and what is to refund, adding up to the cent.
/// </summary>
internal sealed record ReconciliationDay(Regie Regie, DateOnly Day, IReadOnlyList<ReconciledPayment> Payments)
{
    public long TotalCents => Payments.Sum(p => p.AmountCents);

    public long RefundCents => Payments.Where(p => p.RefundDue).Sum(p => p.AmountCents);

    public long KeptCents => TotalCents - RefundCents;
}
