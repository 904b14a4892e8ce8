using Bocage.Payments.Data;
using Bocage.Payments.Domain.PayFip;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bocage.Payments.Domain.Settlement;

/// <summary>
/// A payer who left PayFiP's page without paying asks to pay again. The earlier attempt is first checked with
/// PayFiP: paid, the invoice is paid and nothing starts; refused or abandoned there, the invoice is free. Still
/// without an answer, the invoice is freed here while the attempt stays pending, so that a late payment on it is
/// still recorded (and flagged for refund if the new one is paid too).
/// </summary>
internal sealed class PaymentRestart(
    PaymentsDb db,
    PaymentSettler settler,
    IOptions<PayFipOptions> options,
    TimeProvider clock
)
{
    public bool IsAwaitingPayFip(Invoice invoice) =>
        invoice.IsAwaitingPayFip(clock.GetUtcNow().UtcDateTime, options.Value.PendingBlocksFor);

    public async Task<RestartOutcome> FreeAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice.PendingAttemptId is not { } attemptId)
        {
            return invoice.Status == InvoiceStatus.Paid ? RestartOutcome.Paid : RestartOutcome.Free;
        }
        var idOp = await db.Attempts.Where(a => a.Id == attemptId).Select(a => a.IdOp).SingleAsync(cancellationToken);
        if (
            idOp is not null
            && await settler.SettleAsync(idOp, SettleSource.Poll, cancellationToken)
                is SettleResult.Error
                    or SettleResult.Mismatch
        )
        {
            return RestartOutcome.PayFipUnavailable;
        }
        db.ChangeTracker.Clear();
        var fresh = await db.Invoices.SingleAsync(i => i.Id == invoiceId, cancellationToken);
        if (fresh.Status != InvoiceStatus.Unpaid)
        {
            return fresh.Status == InvoiceStatus.Paid ? RestartOutcome.Paid : RestartOutcome.Closed;
        }
        fresh.ReleaseAttempt(attemptId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // PayFiP's notification settled it at this very moment: look again next time.
            return RestartOutcome.PayFipUnavailable;
        }
        return RestartOutcome.Free;
    }
}

/// <summary>What the check of the earlier attempt found.</summary>
internal enum RestartOutcome
{
    /// <summary>The invoice may be paid again now.</summary>
    Free,

    /// <summary>The earlier attempt was paid after all.</summary>
    Paid,

    /// <summary>Cancelled by the service meanwhile.</summary>
    Closed,

    /// <summary>PayFiP could not be asked: nothing changed.</summary>
    PayFipUnavailable,
}
