using System.Diagnostics;
using Bocage.Kernel.Data;
using Bocage.Kernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Testing;

/// <summary>
/// Hands every due domain event to its handlers before a test reads what they write (mails, projections).
/// </summary>
public static class OutboxSettling
{
    /// <summary>
    /// Drains the outbox until no message is due, or 30 s have passed. Draining once is not enough: the host's
    /// own outbox worker may hold a message while the test drains, and the test would then read before that
    /// message's handlers wrote anything.
    /// </summary>
    public static async Task SettleOutboxAsync(this IServiceProvider services)
    {
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var clock = services.GetRequiredService<TimeProvider>();
        var contexts = services.GetServices<EngineContextType>().Select(c => c.Type).Distinct().ToList();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            while (await dispatcher.DrainOnceAsync(CancellationToken.None) > 0) { }
            if (
                !await AnyDueAsync(services, contexts, clock.GetUtcNow().UtcDateTime)
                || waited.Elapsed.TotalSeconds > 30
            )
            {
                return;
            }
            await Task.Delay(50);
        }
    }

    private static async Task<bool> AnyDueAsync(IServiceProvider services, List<Type> contexts, DateTime now)
    {
        using var scope = services.CreateScope();
        foreach (var type in contexts.Where(t => t.IsAssignableTo(typeof(EngineDbContext))))
        {
            var db = (EngineDbContext)scope.ServiceProvider.GetRequiredService(type);
            if (await db.Outbox.AnyAsync(m => m.ProcessedAt == null && m.NextAttemptAt <= now))
            {
                return true;
            }
        }
        return false;
    }
}
