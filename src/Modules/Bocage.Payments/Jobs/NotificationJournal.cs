using System.Threading.Channels;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bocage.Payments.Jobs;

/// <summary>
/// Writes the duplicate notifications of resolved payments to the security log in batches: those of the
/// same idOp within a batch become one row with their count. A duplicate changes nothing, so it need not
/// cost a commit of its own; a storm of them costs one insert a second. Drained on shutdown.
/// </summary>
internal sealed class NotificationJournal(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<NotificationJournal> log
) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private const int MaxBatch = 50_000;

    // Bounded: if the writer falls behind (database down), callers wait rather than the memory grow.
    private readonly Channel<(string IdOp, DateTime At, string Outcome)> _pending = Channel.CreateBounded<(
        string,
        DateTime,
        string
    )>(new BoundedChannelOptions(MaxBatch) { SingleReader = true });

    public ValueTask RecordAsync(string idOp, string outcome, CancellationToken cancellationToken) =>
        _pending.Writer.WriteAsync((idOp, clock.GetUtcNow().UtcDateTime, outcome), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _pending.Reader.WaitToReadAsync(stoppingToken))
            {
                await WriteBatchAsync(CancellationToken.None);
                await Task.Delay(Period, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        await WriteBatchAsync(CancellationToken.None);
    }

    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new Dictionary<(string IdOp, string Outcome), (DateTime First, int Count)>();
        while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var entry))
        {
            var key = (entry.IdOp, entry.Outcome);
            batch[key] = batch.TryGetValue(key, out var seen) ? (seen.First, seen.Count + 1) : (entry.At, 1);
        }
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
            db.Notifications.AddRange(
                batch.Select(b => new NotificationLog(b.Key.IdOp, b.Value.First, b.Key.Outcome, b.Value.Count))
            );
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not log {Count} duplicate PayFiP notifications", batch.Values.Sum(b => b.Count));
        }
    }
}
