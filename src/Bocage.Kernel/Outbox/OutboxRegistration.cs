using Microsoft.Extensions.DependencyInjection;
using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Outbox;

/// <summary>An event type some handler listens to, so that stored type names resolve to types.</summary>
public sealed record DomainEventType(Type Type);

public static class OutboxRegistration
{
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.AddScoped<IDomainEventHandler<TEvent>, THandler>();
        services.AddSingleton(new DomainEventType(typeof(TEvent)));
        return services;
    }
}
