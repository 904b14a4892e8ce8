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

    /// <summary>Sends the reminders and last calls due now; answers how many this node sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDb>();
        var mailer = scope.ServiceProvider.GetRequiredService<BookingMailer>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = Confirmed(db, now);
        var sent = 0;
        foreach (
            var id in await due.Where(b => b.ReminderSentAtUtc == null && b.RemindAtUtc <= now)
                .OrderBy(b => b.RemindAtUtc)
                .Select(b => b.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken)
        )
        {
            var claimed = await db
                .Bookings.Where(b => b.Id == id && b.ReminderSentAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ReminderSentAtUtc, now), cancellationToken);
            sent += await SendIfClaimedAsync(mailer, claimed, id, NoticeKinds.Reminder, cancellationToken);
        }
        foreach (
            var id in await due.Where(b => b.LastCallSentAtUtc == null && b.LastCallAtUtc <= now)
                .OrderBy(b => b.LastCallAtUtc)
                .Select(b => b.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken)
        )
        {
            var claimed = await db
                .Bookings.Where(b => b.Id == id && b.LastCallSentAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.LastCallSentAtUtc, now), cancellationToken);
            sent += await SendIfClaimedAsync(mailer, claimed, id, NoticeKinds.LastCall, cancellationToken);
        }
        return sent;
    }

    private static IQueryable<Booking> Confirmed(BookingsDb db, DateTime now) =>
        db.Bookings.AsNoTracking().Where(b => b.Status == BookingStatus.Confirmed && b.StartUtc > now);

    /// <summary>The node whose update changed the row sends; the others were beaten to it.</summary>
    private static async Task<int> SendIfClaimedAsync(
        BookingMailer mailer,
        int claimed,
        Guid id,
        string notice,
        CancellationToken cancellationToken
    )
    {
        if (claimed != 1)
        {
            return 0;
        }
        await mailer.RemindAsync(id, notice, cancellationToken);
        return 1;
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
