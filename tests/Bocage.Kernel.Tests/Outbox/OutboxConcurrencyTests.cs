using Bocage.Kernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class OutboxConcurrencyTests
{
    public static TheoryData<DatabaseProvider> Postgres => new(DatabaseProvider.Postgres);

    /// <summary>Several nodes run on PostgreSQL only; SQLite is one node with a serialized writer.</summary>
    [Theory, MemberData(nameof(Postgres))]
    public async Task Two_dispatchers_draining_at_once_deliver_each_message_to_each_handler_exactly_once(
        DatabaseProvider provider
    )
    {
        using var host = new OutboxTestHost(
            provider,
            s =>
            {
                s.AddDomainEventHandler<CommuneRenamed, FlakyHandler>();
                s.AddDomainEventHandler<CommuneRenamed, SteadyHandler>();
            },
            null,
            ("Outbox:BatchSize", "50")
        );
        var names = Enumerable.Range(1, 300).Select(i => $"commune-{i}").ToList();
        await host.RaiseAsync(names.Select(n => new CommuneRenamed("59000", n)).ToArray());
        var nodes = new[] { host.Dispatcher, host.AnotherDispatcher() };

        for (var round = 0; round < 20 && await UnprocessedAsync(host) > 0; round++)
        {
            var claimed = await Task.WhenAll(
                nodes.Select(n => Task.Run(() => n.DrainOnceAsync(CancellationToken.None)))
            );
            Assert.All(claimed, c => Assert.InRange(c, 0, 50));
        }

        Assert.Equal(0, await UnprocessedAsync(host));
        Assert.All(names, n =>
            Assert.Equal((1, 1), (host.Calls.Of(nameof(FlakyHandler), n), host.Calls.Of(nameof(SteadyHandler), n)))
        );
        using var scope = host.Services.CreateScope();
        var deliveries = scope.ServiceProvider.GetRequiredService<KernelDb>().Deliveries.AsNoTracking();
        Assert.Equal(600, await deliveries.CountAsync(d => d.DeliveredAt != null && d.Attempts == 1));
    }

    private static async Task<int> UnprocessedAsync(OutboxTestHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().Outbox.CountAsync(m => m.ProcessedAt == null);
    }
}
