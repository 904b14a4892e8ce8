using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Outbox;

/// <summary>A delivery that used all its attempts, as an administrator sees it.</summary>
public sealed record DeadLetter(
    string Engine,
    long DeliveryId,
    long MessageId,
    string EventName,
    string Handler,
    int Attempts,
    string? LastError,
    DateTime DeadLetteredAt
);

/// <summary>
/// The dead letters of every engine's outbox, and their replay: each engine keeps its own outbox, so
/// an administrator would otherwise have no one place to see what was given up.
/// </summary>
public sealed class DeadLetters(IServiceProvider services, IEnumerable<EngineContextType> contexts, TimeProvider clock)
{
    /// <summary>The most recent dead letters of each engine, newest first.</summary>
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(
        int perEngine = 200,
        CancellationToken cancellationToken = default
    )
    {
        var letters = new List<DeadLetter>();
        foreach (var db in Contexts())
        {
            var engine = db.Schema;
            var latest = db
                .Deliveries.AsNoTracking()
                .Where(d => d.DeadLetteredAt != null)
                .OrderByDescending(d => d.DeadLetteredAt)
                .ThenByDescending(d => d.Id)
                .Take(perEngine);
            var rows = await latest
                .Join(db.Outbox, d => d.MessageId, m => m.Id, (d, m) => new { Delivery = d, m.Type })
                .ToListAsync(cancellationToken);
            letters.AddRange(
                rows.Select(r => new DeadLetter(
                    engine,
                    r.Delivery.Id,
                    r.Delivery.MessageId,
                    r.Type,
                    r.Delivery.Handler,
                    r.Delivery.Attempts,
                    r.Delivery.LastError,
                    r.Delivery.DeadLetteredAt!.Value
                ))
            );
        }
        return letters.OrderByDescending(l => l.DeadLetteredAt).ToList();
    }

    /// <summary>
    /// Resets a dead letter so that the next dispatch runs its handler again, and makes its message due;
    /// returns the dead letter as it was, or null when there is none (already replayed, or a wrong engine or id).
    /// </summary>
    public async Task<DeadLetter?> ReplayAsync(
        string engine,
        long deliveryId,
        CancellationToken cancellationToken = default
    )
    {
        var db = Contexts().FirstOrDefault(c => c.Schema == engine);
        var delivery = db is null
            ? null
            : await db.Deliveries.SingleOrDefaultAsync(
                d => d.Id == deliveryId && d.DeadLetteredAt != null,
                cancellationToken
            );
        if (db is null || delivery is null)
        {
            return null;
        }
        var eventName = await db
            .Outbox.Where(m => m.Id == delivery.MessageId)
            .Select(m => m.Type)
            .SingleAsync(cancellationToken);
        var letter = new DeadLetter(
            engine,
            delivery.Id,
            delivery.MessageId,
            eventName,
            delivery.Handler,
            delivery.Attempts,
            delivery.LastError,
            delivery.DeadLetteredAt!.Value
        );
        var now = clock.GetUtcNow().UtcDateTime;
        // Both or neither: a reset delivery under a message still parked would never run.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        delivery.Replay(now);
        await db.SaveChangesAsync(cancellationToken);
        await db
            .Outbox.Where(m => m.Id == delivery.MessageId && m.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return letter;
    }

    private IEnumerable<EngineDbContext> Contexts() =>
        contexts
            .Select(c => c.Type)
            .Where(t => t.IsAssignableTo(typeof(EngineDbContext)))
            .Distinct()
            .Select(t => (EngineDbContext)services.GetRequiredService(t));
}
