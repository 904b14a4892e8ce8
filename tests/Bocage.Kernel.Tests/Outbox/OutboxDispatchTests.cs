using System.Collections.Concurrent;
using Bocage.Kernel.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Tests.Outbox;

public sealed record CommuneRenamed(string Insee, string NewName) : IDomainEvent;

public sealed class RecordingHandler(ConcurrentBag<CommuneRenamed> seen, FailureSwitch failures) : IDomainEventHandler<CommuneRenamed>
{
    public Task HandleAsync(CommuneRenamed domainEvent, CancellationToken cancellationToken)
    {
        if (failures.Remaining > 0)
        {
            failures.Remaining--;
            throw new InvalidOperationException("peer unavailable");
        }
        seen.Add(domainEvent);
        return Task.CompletedTask;
    }
}

public sealed class FailureSwitch
{
    public int Remaining { get; set; }
}

public sealed class OutboxDispatchTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_event_saved_with_a_change_reaches_its_handler_once(DatabaseProvider provider)
    {
        var seen = new ConcurrentBag<CommuneRenamed>();
        using var factory = new BocageFactory(provider).With("Database:SeedDemo", "false").With("Outbox:Enabled", "false");
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton(seen);
            s.AddSingleton(new FailureSwitch());
            s.AddDomainEventHandler<CommuneRenamed, RecordingHandler>();
        }));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            db.Raise(new CommuneRenamed("59249", "Fourmies"), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, await dispatcher.DrainOnceAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.DrainOnceAsync(CancellationToken.None));
        Assert.Equal(new CommuneRenamed("59249", "Fourmies"), Assert.Single(seen));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_failing_handler_is_retried_later_and_nothing_is_lost(DatabaseProvider provider)
    {
        var seen = new ConcurrentBag<CommuneRenamed>();
        var failures = new FailureSwitch { Remaining = 1 };
        using var factory = new BocageFactory(provider).With("Database:SeedDemo", "false").With("Outbox:Enabled", "false");
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton(seen);
            s.AddSingleton(failures);
            s.AddDomainEventHandler<CommuneRenamed, RecordingHandler>();
        }));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            db.Raise(new CommuneRenamed("59601", "Trélon"), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DrainOnceAsync(CancellationToken.None);
        Assert.Empty(seen);
        using (var scope = app.Services.CreateScope())
        {
            var message = await scope.ServiceProvider.GetRequiredService<KernelDb>().Outbox.SingleAsync();
            Assert.Null(message.ProcessedAt);
            Assert.Equal(1, message.Attempts);
            Assert.Equal("peer unavailable", message.LastError);
        }

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        await dispatcher.DrainOnceAsync(CancellationToken.None);

        Assert.Single(seen);
    }
}
