using Bocage.Kernel.Accounts;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>
/// A person's invoices and payments (RGPD export). Erasure keeps the invoices, payments and receipts:
/// public accounting must keep them (ten years for the régisseur's supporting documents); only the
/// link to the person (account, address, name) is removed.
/// </summary>
internal sealed class InvoicePersonalData(PaymentsDb db) : IPersonalDataSource
{
    public string Name => "factures";

    public async Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken)
    {
        var invoices = await db
            .Invoices.AsNoTracking()
            .Where(i => i.PayerAccountId == accountId)
            .Select(i => new
            {
                i.Reference,
                i.Label,
                i.AmountCents,
                i.PayerEmail,
                i.PayerName,
                Status = i.Status.ToString(),
                i.IssuedAtUtc,
                i.PaidAtUtc,
            })
            .ToListAsync(cancellationToken);
        var attempts = await db
            .Attempts.AsNoTracking()
            .Where(a => a.PayerAccountId == accountId)
            .Select(a => new
            {
                a.IdOp,
                a.AmountCents,
                a.PayerEmail,
                Status = a.Status.ToString(),
                a.CreatedAtUtc,
                a.ResolvedAtUtc,
            })
            .ToListAsync(cancellationToken);
        return invoices.Count == 0 && attempts.Count == 0 ? null : new { factures = invoices, paiements = attempts };
    }

    public async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        foreach (
            var invoice in await db.Invoices.Where(i => i.PayerAccountId == accountId).ToListAsync(cancellationToken)
        )
        {
            invoice.ForgetPayer();
        }
        foreach (
            var attempt in await db.Attempts.Where(a => a.PayerAccountId == accountId).ToListAsync(cancellationToken)
        )
        {
            attempt.ForgetPayer();
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
