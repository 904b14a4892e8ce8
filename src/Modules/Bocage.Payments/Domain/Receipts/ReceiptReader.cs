using Bocage.Payments.Data;
using Bocage.Payments.Domain.Invoices;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Receipts;

internal sealed class ReceiptReader(PaymentsDb db, InvoiceViews views)
{
    public async Task<ReceiptView?> ReadAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var receipt = await db
            .Receipts.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AttemptId == attemptId, cancellationToken);
        if (receipt is null)
        {
            return null;
        }
        var attempt = await db
            .Attempts.AsNoTracking()
            .Include(a => a.Invoices)
            .SingleAsync(a => a.Id == attemptId, cancellationToken);
        var regie = await db.Regies.AsNoTracking().SingleAsync(r => r.Id == receipt.RegieId, cancellationToken);
        var ids = attempt.Invoices.Select(i => i.InvoiceId).ToList();
        var lines = await db
            .Invoices.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .OrderBy(i => i.Reference)
            .Select(i => new ReceiptLine(i.Label, i.Reference, i.AmountCents))
            .ToListAsync(cancellationToken);
        var names = await views.CommuneNamesAsync(cancellationToken);
        return new ReceiptView(
            attemptId,
            receipt.Code(regie.Code),
            InvoiceViews.CollectivityOf(regie, names),
            regie.Name,
            receipt.IssuedAtUtc,
            receipt.AmountCents,
            attempt.IdOp ?? "",
            lines,
            regie.CommuneInsee
        );
    }
}
