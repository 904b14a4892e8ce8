using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Mail;

/// <summary>
/// The row-level protocol that lets several senders (several nodes) share one queue: a sender
/// claims a mail with a conditional UPDATE and only the one whose UPDATE touched the row sends it;
/// every later change is made only while the claim is still its own.
/// </summary>
internal sealed class MailClaims(KernelDb db, TimeProvider clock, MailOptions options, string sender)
{
    public Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        return db
            .MailMessages.Where(m =>
                m.Status == MailStatus.Queued
                && m.NextAttemptAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now)
            )
            .OrderBy(m => m.NextAttemptAt)
            .ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// True when this sender now holds the mail; false when another sender got it first or it was sent meanwhile.
    /// </summary>
    public async Task<bool> TryClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = Now();
        var until = now + options.LockDuration;
        var claimed = await db
            .MailMessages.Where(m =>
                m.Id == id
                && m.Status == MailStatus.Queued
                && m.NextAttemptAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now)
            )
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedUntil, until).SetProperty(m => m.LockedBy, sender),
                cancellationToken
            );
        return claimed == 1;
    }

    public async Task<bool> MarkSentAsync(long id, string serverReply, CancellationToken cancellationToken)
    {
        var now = Now();
        var reply = Truncate(serverReply, 1000);
        var updated = await Held(id)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.Status, MailStatus.Sent)
                        .SetProperty(m => m.SentAt, now)
                        .SetProperty(m => m.ServerReply, reply)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.LastError, (string?)null)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LockedBy, (string?)null),
                cancellationToken
            );
        return updated == 1;
    }

    /// <summary>
    /// Records the failure and the next attempt, or gives the mail up once it has had all its attempts.
    /// </summary>
    public async Task<bool> MarkFailedAsync(OutgoingMail mail, string error, CancellationToken cancellationToken)
    {
        var now = Now();
        var attempts = mail.Attempts + 1;
        var status = MailBackoff.GivesUpAfter(attempts, options) ? MailStatus.Failed : MailStatus.Queued;
        var next = now + MailBackoff.DelayAfter(attempts, options);
        var message = Truncate(error, 2000);
        var updated = await Held(mail.Id)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.Status, status)
                        .SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.LastError, message)
                        .SetProperty(m => m.NextAttemptAt, next)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LockedBy, (string?)null),
                cancellationToken
            );
        return updated == 1;
    }

    /// <summary>Gives a claimed mail back untouched, e.g. when the application stops mid-batch.</summary>
    public Task ReleaseAsync(long id) =>
        Held(id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LockedBy, (string?)null),
                CancellationToken.None
            );

    private IQueryable<OutgoingMail> Held(long id) =>
        db.MailMessages.Where(m => m.Id == id && m.LockedBy == sender && m.Status == MailStatus.Queued);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
