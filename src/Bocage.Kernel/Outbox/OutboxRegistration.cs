using Bocage.Kernel.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// One handler of one event, as registered in this configuration. Each route is delivered, retried and
/// dead-lettered on its own; <see cref="Invoke"/> resolves the handler in the scope it is given.
/// </summary>
public sealed record DomainEventRoute(
    string EventName,
    Type EventType,
    Type HandlerType,
    Func<IServiceProvider, IDomainEvent, CancellationToken, Task> Invoke)
{
    /// <summary>Recorded with each delivery; the handler type's full name, so two handlers of one event never share it.</summary>
    public string HandlerKey => HandlerType.FullName!;
}

public static class OutboxRegistration
{
    /// <summary>
    /// Registers a handler of <typeparamref name="TEvent"/>: resolvable as <see cref="IDomainEventHandler{TEvent}"/>
    /// (for engines and tests that call it directly) and as a route the dispatcher delivers to alone, in a scope of its own.
    /// </summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddScoped<IDomainEventHandler<TEvent>>(sp => sp.GetRequiredService<THandler>());
        services.AddSingleton(new DomainEventRoute(EventNames.Of<TEvent>(), typeof(TEvent), typeof(THandler),
            (sp, domainEvent, cancellationToken) => sp.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, cancellationToken)));
        return services;
    }

    internal static void AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
        builder.Services.AddSingleton<OutboxRoutes>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddScoped<DeadLetters>();
        builder.Services.AddHostedService<OutboxWorker>();
    }
}

/// <summary>The handlers registered in this configuration, by event name.</summary>
public sealed class OutboxRoutes
{
    private readonly Dictionary<string, IReadOnlyList<DomainEventRoute>> _byName;

    public OutboxRoutes(IEnumerable<DomainEventRoute> routes)
    {
        // A handler registered twice (a test adding one a module already has) is still one delivery.
        _byName = routes.DistinctBy(r => (r.EventName, r.HandlerKey))
            .GroupBy(r => r.EventName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DomainEventRoute>)g.ToList(), StringComparer.Ordinal);
        Names = _byName.Keys.ToList();
    }

    /// <summary>The event names someone listens to; messages of other names wait, unread, until their engine is switched on.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<DomainEventRoute> For(string eventName) =>
        _byName.TryGetValue(eventName, out var routes) ? routes : [];
}
