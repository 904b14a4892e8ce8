using System.Collections.Concurrent;

namespace Bocage.Kernel.Tests.Outbox;

/// <summary>What the test handlers saw: one count per (handler, event), and the DI scope each ran in.</summary>
public sealed class HandlerCalls
{
    public ConcurrentDictionary<(string Handler, string NewName), int> Counts { get; } = new();

    public ConcurrentBag<(string Handler, Guid Scope)> Scopes { get; } = [];

    public int Of(string handler, string newName) => Counts.GetValueOrDefault((handler, newName));

    public void Record(string handler, CommuneRenamed domainEvent, ScopeMarker scope)
    {
        Counts.AddOrUpdate((handler, domainEvent.NewName), 1, (_, n) => n + 1);
        Scopes.Add((handler, scope.Id));
    }
}
