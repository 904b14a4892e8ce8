using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Tests.Outbox;

/// <summary>Fails while its switch says so, e.g. a peer that is down.</summary>
public sealed class FlakyHandler(HandlerCalls calls, FailureSwitch failures, ScopeMarker scope)
    : IDomainEventHandler<CommuneRenamed>
{
    public Task HandleAsync(CommuneRenamed domainEvent, CancellationToken cancellationToken)
    {
        calls.Record(nameof(FlakyHandler), domainEvent, scope);
        return failures.ShouldFail() ? throw new InvalidOperationException("peer unavailable") : Task.CompletedTask;
    }
}
