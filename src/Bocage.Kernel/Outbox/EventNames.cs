using System.Collections.Concurrent;
using System.Reflection;
using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// The stable contract name of an event type (<see cref="EventNameAttribute.Qualified"/>), under which
/// it is stored and routed. The CLR name is never used: a stored event must survive a rename or a move.
/// </summary>
public static class EventNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string Of<TEvent>()
        where TEvent : IDomainEvent => Of(typeof(TEvent));

    /// <summary>
    /// Throws for a type without <see cref="EventNameAttribute"/>, so that nothing is stored under a name that can
    /// drift.
    /// </summary>
    public static string Of(Type eventType) =>
        Names.GetOrAdd(eventType, static type =>
            type.GetCustomAttribute<EventNameAttribute>()?.Qualified
            ?? throw new InvalidOperationException(
                $"The domain event {type.FullName} has no [EventName(\"engine.what-happened\", 1)]: an event is stored and routed by its stable contract name, never by its CLR name."
            )
        );
}
