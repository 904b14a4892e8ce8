using Bocage.Kernel.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// Registers a handler of <typeparamref name="TEvent"/>: resolvable as <see cref="IDomainEventHandler{TEvent}"/>
    /// (for engines and tests that call it directly) and as a route the dispatcher delivers to alone, in a scope of its
    /// own.
    /// </summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddScoped<IDomainEventHandler<TEvent>>(sp => sp.GetRequiredService<THandler>());
        services.AddSingleton(
            new DomainEventRoute(
                EventNames.Of<TEvent>(),
                typeof(TEvent),
                typeof(THandler),
                (sp, domainEvent, cancellationToken) =>
                    sp.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, cancellationToken)
            )
        );
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
