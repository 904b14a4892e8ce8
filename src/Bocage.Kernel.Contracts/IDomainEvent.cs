namespace Bocage.Kernel.Contracts;

/// <summary>Something that happened in an engine and that other engines may react to.</summary>
public interface IDomainEvent;

/// <summary>
/// Reacts to one kind of event. Delivery is at least once, so a handler must be idempotent
/// (deduplicate on the event's own id where the effect is not naturally repeatable).
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
