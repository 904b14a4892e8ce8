using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Domain.Settlement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Payments.Jobs;

/// <summary>
/// The back-up poll: a notification can be lost (PayFiP could not reach us, the process stopped
/// between PayFiP's confirmation and our write). Attempts still pending some minutes after their
/// creation are asked about with recupererDetailPaiementSecurise, so a paid invoice never stays unpaid.
/// </summary>
internal sealed class PaymentPoller(
    IServiceScopeFactory scopes,
    IOptions<PayFipOptions> options,
    TimeProvider clock,
    ILogger<PaymentPoller> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The PayFiP back-up poll failed; it runs again at the next tick");
            }
        }
    }

    /// <summary>Attempts asked about per tick, so that one tick stays short.</summary>
    public const int BatchSize = 200;

    /// <summary>Asks PayFiP about the overdue pending attempts; returns how many got an outcome.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = now - options.Value.PollAfter;
        var due = await db
            .Attempts.AsNoTracking()
            .Where(a => a.Status == AttemptStatus.Pending && a.CreatedAtUtc <= overdue && a.IdOp != null)
            // Least recently polled first (never polled before all): attempts PayFiP keeps answering « in
            // progress » about go to the back of the queue instead of hiding the newer ones behind them.
            .OrderBy(a => a.LastPolledAtUtc != null)
            .ThenBy(a => a.LastPolledAtUtc)
            .ThenBy(a => a.CreatedAtUtc)
            .Select(a => a.IdOp!)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var settled = 0;
        foreach (var idOp in due)
        {
            using var attemptScope = scopes.CreateScope();
            var settler = attemptScope.ServiceProvider.GetRequiredService<PaymentSettler>();
            if (await settler.SettleAsync(idOp, SettleSource.Poll, cancellationToken) == SettleResult.Applied)
            {
                settled++;
            }
        }
        return settled;
    }
}
