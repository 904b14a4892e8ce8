using System.Collections.Concurrent;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Outbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bocage.Kernel.Tests.Outbox;

[EventName("tests.commune-renamed", 1)]
public sealed record CommuneRenamed(string Insee, string NewName) : IDomainEvent;

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

/// <summary>A scoped service: two handlers that see the same id ran in the same DI scope.</summary>
public sealed class ScopeMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}

/// <summary>How many more times the flaky handler fails before it works.</summary>
public sealed class FailureSwitch
{
    private int _remaining;

    public int Remaining { get => _remaining; set => _remaining = value; }

    public bool ShouldFail() => Interlocked.Decrement(ref _remaining) >= 0;
}

/// <summary>Fails while its switch says so, e.g. a peer that is down.</summary>
public sealed class FlakyHandler(HandlerCalls calls, FailureSwitch failures, ScopeMarker scope) : IDomainEventHandler<CommuneRenamed>
{
    public Task HandleAsync(CommuneRenamed domainEvent, CancellationToken cancellationToken)
    {
        calls.Record(nameof(FlakyHandler), domainEvent, scope);
        return failures.ShouldFail() ? throw new InvalidOperationException("peer unavailable") : Task.CompletedTask;
    }
}

public sealed class SteadyHandler(HandlerCalls calls, ScopeMarker scope) : IDomainEventHandler<CommuneRenamed>
{
    public Task HandleAsync(CommuneRenamed domainEvent, CancellationToken cancellationToken)
    {
        calls.Record(nameof(SteadyHandler), domainEvent, scope);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The application on a database of its own with the background dispatcher off (the test drives
/// <see cref="OutboxDispatcher.DrainOnceAsync"/>), a clock the test moves forward, and the handlers it asks for.
/// </summary>
internal sealed class OutboxTestHost : IDisposable
{
    private readonly BocageFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public OutboxTestHost(DatabaseProvider provider, Action<IServiceCollection> handlers, string? sharedConnectionString = null,
        params (string Key, string? Value)[] settings)
    {
        // Whole seconds: PostgreSQL keeps microseconds, and the tests compare times read back.
        var now = DateTimeOffset.UtcNow;
        Clock = new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        _factory = new BocageFactory(provider).With("Database:SeedDemo", "false").With("Outbox:Enabled", "false").With("Mail:Enabled", "false");
        if (sharedConnectionString is not null)
        {
            _factory.With("ConnectionStrings:Bocage", sharedConnectionString);
        }
        foreach (var (key, value) in settings)
        {
            _factory.With(key, value);
        }
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton(Calls);
            s.AddSingleton(Failures);
            s.AddScoped<ScopeMarker>();
            handlers(s);
        }));
    }

    public FakeTimeProvider Clock { get; }

    public HandlerCalls Calls { get; } = new();

    public FailureSwitch Failures { get; } = new();

    public string ConnectionString => _factory.ConnectionString;

    public IServiceProvider Services => _app.Services;

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>A dispatcher of its own, as another node would run.</summary>
    public OutboxDispatcher AnotherDispatcher() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(Services);

    public async Task RaiseAsync(params CommuneRenamed[] events)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        foreach (var domainEvent in events)
        {
            db.Raise(domainEvent, Clock.GetUtcNow().UtcDateTime);
        }
        await db.SaveChangesAsync();
    }

    public async Task<(OutboxMessage Message, List<OutboxDelivery> Deliveries)> ReadAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var message = await db.Outbox.AsNoTracking().SingleAsync();
        return (message, await db.Deliveries.AsNoTracking().Where(d => d.MessageId == message.Id).OrderBy(d => d.Handler).ToListAsync());
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
