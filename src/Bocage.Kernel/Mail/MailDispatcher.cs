using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Mail;

/// <summary>
/// Sends what is due. Each message is claimed with a conditional update before sending, so that two
/// senders (two nodes) never send the same message; a failure schedules the next attempt.
/// </summary>
public sealed class MailDispatcher(
    IServiceScopeFactory scopes, IMailTransport transport, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDispatcher> logger)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.MailMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            if (await SendOneAsync(db, id, cancellationToken))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> SendOneAsync(KernelDb db, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.Timeout * 2;
        var claimed = await db.MailMessages
            .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var message = await db.MailMessages.SingleAsync(m => m.Id == id, cancellationToken);
        var ok = false;
        try
        {
            var reply = await transport.SendAsync(message, cancellationToken);
            message.MarkSent(reply, clock.GetUtcNow().UtcDateTime);
            ok = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Mail {Id} ({Category}) not sent, attempt {Attempt}", message.Id, message.Category, message.Attempts + 1);
            message.MarkFailed(ex.Message, clock.GetUtcNow().UtcDateTime, options.Value.MaxAttempts);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        return ok;
    }
}
