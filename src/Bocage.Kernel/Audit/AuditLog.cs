using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Audit;

/// <summary>The append-only journal of agent actions.</summary>
public sealed class AuditLog(KernelDb db, TimeProvider clock)
{
    // Appends are serialised in the process; the unique index on PreviousHash refuses a fork
    // between nodes, and the loser retries on the new head.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<AuditEntry> AppendAsync(
        string actor,
        string action,
        string target,
        string? communeInsee = null,
        string details = "",
        string? onBehalfOf = null,
        CancellationToken cancellationToken = default
    )
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var entry = new AuditEntry(
                    clock.GetUtcNow().UtcDateTime,
                    actor,
                    onBehalfOf,
                    action,
                    target,
                    communeInsee,
                    details
                );
                var head = await db
                    .AuditEntries.OrderByDescending(e => e.Id)
                    .Select(e => e.Hash)
                    .FirstOrDefaultAsync(cancellationToken);
                entry.Chain(head ?? AuditEntry.GenesisHash);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return entry;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    db.Entry(entry).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Walks the chain; returns the id of the first entry that does not fit, or null when intact.</summary>
    public async Task<long?> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previous = AuditEntry.GenesisHash;
        await foreach (
            var entry in db
                .AuditEntries.AsNoTracking()
                .OrderBy(e => e.Id)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            if (entry.PreviousHash != previous || entry.ComputeHash() != entry.Hash)
            {
                return entry.Id;
            }
            previous = entry.Hash;
        }
        return null;
    }
}
