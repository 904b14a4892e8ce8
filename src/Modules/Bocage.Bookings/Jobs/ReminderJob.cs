using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Reserving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bocage.Bookings.Jobs;

/// <summary>
/// Sends each booking's reminder once, 48 hours before. What is due is read from the database (so a restart loses
/// nothing), and each booking is claimed by a conditional update before its mail is stored: with several nodes,
/// only the node whose update changed the row sends, and the mail's idempotency key guards a retry. Each tick
/// also gives the expired waiting-list offers to the next people waiting and runs the <see cref="RetentionSweep"/>.
/// </summary>
internal sealed class ReminderJob(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<ReminderJob> log
) : BackgroundService
{
    private const int Batch = 100;

    /// <summary>Sends the reminders due now; answers how many this node sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDb>();
        var mailer = scope.ServiceProvider.GetRequiredService<BookingMailer>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db
            .Bookings.AsNoTracking()
            .Where(b =>
                b.Status == BookingStatus.Confirmed
                && b.ReminderSentAtUtc == null
                && b.RemindAtUtc != null
                && b.RemindAtUtc <= now
                && b.StartUtc > now
            )
            .OrderBy(b => b.RemindAtUtc)
            .Select(b => b.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var claimed = await db
                .Bookings.Where(b => b.Id == id && b.ReminderSentAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ReminderSentAtUtc, now), cancellationToken);
            if (claimed == 1)
            {
                await mailer.RemindAsync(id, cancellationToken);
                sent++;
            }
        }
        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Bookings:ReminderInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<WaitingList>().ExpireOffersAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database away for a moment: the due reminders are still due at the next tick.
                log.LogWarning(e, "Booking reminders or retention failed; retrying at the next tick");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
