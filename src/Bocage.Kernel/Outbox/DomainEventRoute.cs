using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// One handler of one event, as registered in this configuration. Each route is delivered, retried and
/// dead-lettered on its own; <see cref="Invoke"/> resolves the handler in the scope it is given.
/// </summary>
public sealed record DomainEventRoute(
    string EventName,
    Type EventType,
    Type HandlerType,
    Func<IServiceProvider, IDomainEvent, CancellationToken, Task> Invoke
)
{
    /// <summary>
    /// Recorded with each delivery; the handler type's full name, so two handlers of one event never share it.
    /// </summary>
    public string HandlerKey => HandlerType.FullName!;
}
