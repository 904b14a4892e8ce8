using System.Text.Json;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// Delivers stored domain events to their handlers, engine by engine, at least once. A message is
/// claimed first (see <see cref="OutboxClaims"/>), so two nodes never deliver it at once; then each of
/// its handlers runs alone, in a DI scope of its own, and its outcome is recorded in its own
/// <see cref="OutboxDelivery"/>: a failing handler is retried alone, the others are not run again.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<EngineContextType> contexts,
    OutboxRoutes routes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger
)
{
    /// <summary>
    /// Names this dispatcher in <c>locked_by</c>, so that an administrator sees which node holds a message.
    /// </summary>
    public string Name { get; } =
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Dispatches what is due in every engine; returns how many messages this dispatcher claimed.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        if (routes.Names.Count == 0)
        {
            return 0;
        }
        var handled = 0;
        foreach (
            var context in contexts.Select(c => c.Type).Where(t => t.IsAssignableTo(typeof(EngineDbContext))).Distinct()
        )
        {
            handled += await DrainContextAsync(context, cancellationToken);
        }
        return handled;
    }

    private async Task<int> DrainContextAsync(Type contextType, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (EngineDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var claims = new OutboxClaims(db, clock, options.Value, Name);
        var handled = 0;
        foreach (var id in await claims.DueAsync(routes.Names, cancellationToken))
        {
            if (!await claims.TryClaimAsync(id, cancellationToken))
            {
                continue;
            }
            handled++;
            try
            {
                await DeliverAsync(db, claims, id, cancellationToken);
            }
            catch (Exception ex)
            {
                // The claim is given back so that the message is not held for a whole lease.
                await claims.ReleaseAsync(id);
                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                logger.LogError(ex, "Outbox message {Id} of {Engine} could not be dispatched", id, db.Schema);
            }
        }
        return handled;
    }

    private async Task DeliverAsync(
        EngineDbContext db,
        OutboxClaims claims,
        long id,
        CancellationToken cancellationToken
    )
    {
        db.ChangeTracker.Clear();
        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        var handlers = routes.For(message.Type);
        var deliveries = await db.Deliveries.Where(d => d.MessageId == id).ToListAsync(cancellationToken);
        foreach (var route in handlers.Where(r => deliveries.All(d => d.Handler != r.HandlerKey)))
        {
            var delivery = OutboxDelivery.For(id, route.HandlerKey, Now());
            db.Deliveries.Add(delivery);
            deliveries.Add(delivery);
        }
        await db.SaveChangesAsync(cancellationToken);
        var now = Now();
        foreach (var route in handlers)
        {
            var delivery = deliveries.Single(d => d.Handler == route.HandlerKey);
            if (delivery.IsDueAt(now))
            {
                await RunAsync(route, message, delivery, cancellationToken);
                // Saved handler by handler: a crash after one of them does not run it again.
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        // Read again: an administrator may have replayed a dead letter of this message meanwhile.
        var stored = await db.Deliveries.AsNoTracking().Where(d => d.MessageId == id).ToListAsync(cancellationToken);
        var schedule = OutboxSchedule.After(stored, handlers.Select(r => r.HandlerKey).ToList(), Now(), options.Value);
        await claims.FinishAsync(id, schedule, cancellationToken);
    }

    private async Task RunAsync(
        DomainEventRoute route,
        OutboxMessage message,
        OutboxDelivery delivery,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var domainEvent = (IDomainEvent)JsonSerializer.Deserialize(message.Payload, route.EventType)!;
            using var scope = scopes.CreateScope();
            await route.Invoke(scope.ServiceProvider, domainEvent, cancellationToken);
            delivery.MarkDelivered(Now());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A handler's own time-out (a TaskCanceledException) is a failure like any other; only our stop is not.
            delivery.MarkFailed(ex.Message, Now(), options.Value);
            logger.LogWarning(
                ex,
                "Outbox message {Id} ({Event}) failed in {Handler} (attempt {Attempts}{Dead})",
                message.Id,
                message.Type,
                route.HandlerKey,
                delivery.Attempts,
                delivery.DeadLetteredAt is null ? "" : ", now a dead letter"
            );
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
