using System.Text.Json;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// Delivers stored domain events to their handlers, engine by engine. At least once: a message is
/// marked processed only after every handler succeeded.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<EngineContextType> contexts,
    IEnumerable<DomainEventType> eventTypes,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 100;
    private readonly Dictionary<string, Type> _types = eventTypes
        .Select(t => t.Type).Distinct().ToDictionary(t => t.FullName!, t => t);

    /// <summary>Dispatches what is due in every engine; returns how many messages were handled.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var context in contexts.Select(c => c.Type).Where(t => t.IsAssignableTo(typeof(EngineDbContext))).Distinct())
        {
            handled += await DrainContextAsync(context, cancellationToken);
        }
        return handled;
    }

    private async Task<int> DrainContextAsync(Type contextType, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = (EngineDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            await DispatchAsync(scope.ServiceProvider, message, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private async Task DispatchAsync(IServiceProvider services, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!_types.TryGetValue(message.Type, out var type))
        {
            // Nobody listens to this event in this configuration: nothing to deliver.
            message.MarkProcessed(now);
            return;
        }
        try
        {
            var domainEvent = JsonSerializer.Deserialize(message.Payload, type)!;
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(type);
            var method = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
            foreach (var handler in services.GetServices(handlerType))
            {
                await (Task)method.Invoke(handler, [domainEvent, cancellationToken])!;
            }
            message.MarkProcessed(now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Outbox message {Id} of type {Type} failed", message.Id, message.Type);
            message.MarkFailed(ex.InnerException?.Message ?? ex.Message, now);
        }
    }
}
