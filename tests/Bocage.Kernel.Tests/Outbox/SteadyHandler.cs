using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class SteadyHandler(HandlerCalls calls, ScopeMarker scope) : IDomainEventHandler<CommuneRenamed>
{
    public Task HandleAsync(CommuneRenamed domainEvent, CancellationToken cancellationToken)
    {
        calls.Record(nameof(SteadyHandler), domainEvent, scope);
        return Task.CompletedTask;
    }
}
