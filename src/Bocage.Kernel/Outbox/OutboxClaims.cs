using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// The row-level protocol that lets several dispatchers (several nodes) share one engine's outbox, as
/// the mail sender does (<c>MailClaims</c>): a dispatcher claims a message with a conditional UPDATE
/// and only the one whose UPDATE touched the row delivers it; the claim is given back with the
/// message's new schedule, and only while it is still its own. Portable to SQLite, where the writer is
/// serialized anyway, so one protocol serves both providers.
/// </summary>
internal sealed class OutboxClaims(EngineDbContext db, TimeProvider clock, OutboxOptions options, string claimant)
{
    /// <summary>Due messages of the names someone handles here: a message nobody handles is not even read.</summary>
    public Task<List<long>> DueAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var now = Now();
        var handled = names.ToList();
        return db
            .Outbox.Where(m =>
                m.ProcessedAt == null
                && m.NextAttemptAt <= now
                && handled.Contains(m.Type)
                && (m.LockedUntil == null || m.LockedUntil < now)
            )
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// True when this dispatcher now holds the message; false when another got it first or it was done meanwhile.
    /// </summary>
    public async Task<bool> TryClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = Now();
        var until = now + options.LockDuration;
        var claimed = await db
            .Outbox.Where(m =>
                m.Id == id
                && m.ProcessedAt == null
                && m.NextAttemptAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now)
            )
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedUntil, until).SetProperty(m => m.LockedBy, claimant),
                cancellationToken
            );
        return claimed == 1;
    }

    /// <summary>Records the message's new schedule and gives the claim back.</summary>
    public async Task<bool> FinishAsync(long id, OutboxSchedule schedule, CancellationToken cancellationToken)
    {
        var updated = await Held(id)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.ProcessedAt, schedule.ProcessedAt)
                        .SetProperty(m => m.NextAttemptAt, schedule.NextAttemptAt)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LockedBy, (string?)null),
                cancellationToken
            );
        return updated == 1;
    }

    /// <summary>Gives a claimed message back untouched, e.g. when the application stops mid-batch.</summary>
    public Task ReleaseAsync(long id) =>
        Held(id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LockedBy, (string?)null),
                CancellationToken.None
            );

    private IQueryable<OutboxMessage> Held(long id) =>
        db.Outbox.Where(m => m.Id == id && m.LockedBy == claimant && m.ProcessedAt == null);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
