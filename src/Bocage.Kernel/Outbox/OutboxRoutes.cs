namespace Bocage.Kernel.Outbox;

/// <summary>The handlers registered in this configuration, by event name.</summary>
public sealed class OutboxRoutes
{
    private readonly Dictionary<string, IReadOnlyList<DomainEventRoute>> _byName;

    public OutboxRoutes(IEnumerable<DomainEventRoute> routes)
    {
        // A handler registered twice (a test adding one a module already has) is still one delivery.
        _byName = routes
            .DistinctBy(r => (r.EventName, r.HandlerKey))
            .GroupBy(r => r.EventName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DomainEventRoute>)g.ToList(), StringComparer.Ordinal);
        Names = _byName.Keys.ToList();
    }

    /// <summary>
    /// The event names someone listens to; messages of other names wait, unread, until their engine is switched on.
    /// </summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<DomainEventRoute> For(string eventName) =>
        _byName.TryGetValue(eventName, out var routes) ? routes : [];
}
