using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>
/// Where every engine puts the e-mails it sends. Enqueuing saves at once in the kernel's table; the
/// background sender delivers. A mail is never sent from the request itself, so a slow or absent SMTP
/// server never slows a page nor loses a mail.
/// </summary>
public sealed class MailOutbox(KernelDb db, TimeProvider clock)
{
    /// <summary>Queues a mail; with an idempotency key already used, does nothing and returns false.</summary>
    public async Task<bool> EnqueueAsync(
        string to, string subject, string textBody, string category,
        string? htmlBody = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (!MailboxAddress.TryParse(to, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not an e-mail address: {to}", nameof(to));
        }
        if (idempotencyKey is not null && await db.MailMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return false;
        }
        db.MailMessages.Add(new MailMessage(address.Address, subject, textBody, htmlBody, category, idempotencyKey, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another request queued the same key between our check and our insert.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
