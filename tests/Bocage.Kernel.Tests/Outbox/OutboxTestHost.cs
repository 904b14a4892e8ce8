using Bocage.Kernel.Outbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bocage.Kernel.Tests.Outbox;

/// <summary>
/// The application on a database of its own with the background dispatcher off (the test drives
/// <see cref="OutboxDispatcher.DrainOnceAsync"/>), a clock the test moves forward, and the handlers it asks for.
/// </summary>
internal sealed class OutboxTestHost : IDisposable
{
    private readonly BocageFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public OutboxTestHost(
        DatabaseProvider provider,
        Action<IServiceCollection> handlers,
        string? sharedConnectionString = null,
        params (string Key, string? Value)[] settings
    )
    {
        // Whole seconds: PostgreSQL keeps microseconds, and the tests compare times read back.
        var now = DateTimeOffset.UtcNow;
        Clock = new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        _factory = new BocageFactory(provider)
            .With("Database:SeedDemo", "false")
            .With("Outbox:Enabled", "false")
            .With("Mail:Enabled", "false");
        if (sharedConnectionString is not null)
        {
            _factory.With("ConnectionStrings:Bocage", sharedConnectionString);
        }
        foreach (var (key, value) in settings)
        {
            _factory.With(key, value);
        }
        _app = _factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddSingleton(Calls);
                s.AddSingleton(Failures);
                s.AddScoped<ScopeMarker>();
                handlers(s);
            })
        );
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
        return (
            message,
            await db
                .Deliveries.AsNoTracking()
                .Where(d => d.MessageId == message.Id)
                .OrderBy(d => d.Handler)
                .ToListAsync()
        );
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
