using Bocage.Kernel.Contracts;
using Bocage.Kernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class OutboxDispatchTests
{
    private sealed record Unnamed(string Insee) : IDomainEvent;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_event_saved_with_a_change_reaches_its_handler_once_under_its_contract_name(
        DatabaseProvider provider
    )
    {
        using var host = new OutboxTestHost(provider, s => s.AddDomainEventHandler<CommuneRenamed, SteadyHandler>());
        await host.RaiseAsync(new CommuneRenamed("59249", "Fourmies"));

        Assert.Equal(1, await host.Dispatcher.DrainOnceAsync(CancellationToken.None));
        Assert.Equal(0, await host.Dispatcher.DrainOnceAsync(CancellationToken.None));

        Assert.Equal(1, host.Calls.Of(nameof(SteadyHandler), "Fourmies"));
        var (message, deliveries) = await host.ReadAsync();
        Assert.Equal("tests.commune-renamed.v1", message.Type);
        Assert.NotNull(message.ProcessedAt);
        Assert.Null(message.LockedBy);
        var delivery = Assert.Single(deliveries);
        Assert.Equal((typeof(SteadyHandler).FullName, 1), (delivery.Handler, delivery.Attempts));
        Assert.NotNull(delivery.DeliveredAt);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_event_type_without_a_contract_name_is_refused_when_raised(DatabaseProvider provider)
    {
        using var host = new OutboxTestHost(provider, _ => { });
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();

        var refused = Assert.Throws<InvalidOperationException>(() => db.Raise(new Unnamed("59249"), DateTime.UtcNow));

        Assert.Contains("[EventName(", refused.Message);
        Assert.Contains(typeof(Unnamed).FullName!, refused.Message);
        Assert.Equal(0, await db.Outbox.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_handler_failing_twice_is_retried_alone_while_the_other_handler_runs_once(
        DatabaseProvider provider
    )
    {
        using var host = new OutboxTestHost(provider, s =>
        {
            s.AddDomainEventHandler<CommuneRenamed, FlakyHandler>();
            s.AddDomainEventHandler<CommuneRenamed, SteadyHandler>();
        });
        host.Failures.Remaining = 2;
        await host.RaiseAsync(new CommuneRenamed("59601", "Trélon"));

        await host.Dispatcher.DrainOnceAsync(CancellationToken.None);
        var (message, deliveries) = await host.ReadAsync();
        Assert.Null(message.ProcessedAt);
        Assert.Equal(
            (1, "peer unavailable", host.Clock.GetUtcNow().UtcDateTime.AddSeconds(2)),
            (deliveries[0].Attempts, deliveries[0].LastError, deliveries[0].NextAttemptAt)
        );
        Assert.NotNull(deliveries[1].DeliveredAt);
        Assert.Equal(0, await host.Dispatcher.DrainOnceAsync(CancellationToken.None));

        host.Clock.Advance(TimeSpan.FromSeconds(2));
        await host.Dispatcher.DrainOnceAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(0, await host.Dispatcher.DrainOnceAsync(CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Dispatcher.DrainOnceAsync(CancellationToken.None);

        Assert.Equal(3, host.Calls.Of(nameof(FlakyHandler), "Trélon"));
        Assert.Equal(1, host.Calls.Of(nameof(SteadyHandler), "Trélon"));
        (message, deliveries) = await host.ReadAsync();
        Assert.NotNull(message.ProcessedAt);
        Assert.All(deliveries, d => Assert.NotNull(d.DeliveredAt));
        Assert.Equal((3, null), (deliveries[0].Attempts, deliveries[0].LastError));
        // Each handler ran in a DI scope of its own.
        Assert.Equal(4, host.Calls.Scopes.Select(s => s.Scope).Distinct().Count());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_message_nobody_handles_waits_unread_and_reaches_the_handler_of_an_engine_switched_on_later(
        DatabaseProvider provider
    )
    {
        // The first host stays up: it owns the database the second one opens, as a restart with the engine switched on
        // would.
        using var withoutConsumer = new OutboxTestHost(provider, _ => { });
        await withoutConsumer.RaiseAsync(new CommuneRenamed("59012", "Anor"));
        Assert.Equal(0, await withoutConsumer.Dispatcher.DrainOnceAsync(CancellationToken.None));
        withoutConsumer.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await withoutConsumer.Dispatcher.DrainOnceAsync(CancellationToken.None));
        var (waiting, none) = await withoutConsumer.ReadAsync();
        Assert.Null(waiting.ProcessedAt);
        Assert.Null(waiting.LockedBy);
        Assert.Empty(none);

        using var withConsumer = new OutboxTestHost(
            provider,
            s => s.AddDomainEventHandler<CommuneRenamed, SteadyHandler>(),
            withoutConsumer.ConnectionString
        );
        Assert.Equal(1, await withConsumer.Dispatcher.DrainOnceAsync(CancellationToken.None));

        Assert.Equal(1, withConsumer.Calls.Of(nameof(SteadyHandler), "Anor"));
        Assert.NotNull((await withConsumer.ReadAsync()).Message.ProcessedAt);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_delivery_becomes_a_dead_letter_after_its_last_attempt_and_is_no_longer_tried(
        DatabaseProvider provider
    )
    {
        using var host = new OutboxTestHost(
            provider,
            s => s.AddDomainEventHandler<CommuneRenamed, FlakyHandler>(),
            null,
            ("Outbox:MaxAttempts", "3")
        );
        host.Failures.Remaining = int.MaxValue;
        await host.RaiseAsync(new CommuneRenamed("59360", "Glageon"));

        for (var i = 0; i < 6; i++)
        {
            await host.Dispatcher.DrainOnceAsync(CancellationToken.None);
            host.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(3, host.Calls.Of(nameof(FlakyHandler), "Glageon"));
        var (message, deliveries) = await host.ReadAsync();
        var letter = Assert.Single(deliveries);
        Assert.Equal((3, "peer unavailable"), (letter.Attempts, letter.LastError));
        Assert.NotNull(letter.DeadLetteredAt);
        Assert.Null(message.ProcessedAt);
        Assert.Equal(OutboxSchedule.Parked, message.NextAttemptAt);

        using var scope = host.Services.CreateScope();
        var listed = Assert.Single(await scope.ServiceProvider.GetRequiredService<DeadLetters>().ListAsync());
        Assert.Equal(
            ("kernel", "tests.commune-renamed.v1", typeof(FlakyHandler).FullName),
            (listed.Engine, listed.EventName, listed.Handler)
        );
    }
}
