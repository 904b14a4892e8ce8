using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Mail;

/// <summary>
/// An e-mail waiting to go out, sent, or given up on. Kept after sending as the proof of what was sent
/// and never deleted on failure, so that nothing is lost when the SMTP server is down.
/// </summary>
public sealed class MailMessage
{
    public long Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string? HtmlBody { get; private set; }

    /// <summary>What kind of mail it is, e.g. <c>account.confirm</c>, for statistics and support.</summary>
    public string Category { get; private set; } = "";

    /// <summary>Set by callers that may enqueue the same logical mail twice (retries, duplicate events).</summary>
    public string? IdempotencyKey { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? ServerReply { get; private set; }

    /// <summary>Set after the last allowed attempt failed: an administrator must look at it.</summary>
    public DateTime? GaveUpAt { get; private set; }

    /// <summary>A sender that took the message holds it until then; another node leaves it alone.</summary>
    public DateTime? LockedUntil { get; private set; }

    public MailMessage(string to, string subject, string textBody, string? htmlBody, string category, string? idempotencyKey, DateTime nowUtc)
    {
        To = to;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        Category = category;
        IdempotencyKey = idempotencyKey;
        CreatedAt = nowUtc;
        NextAttemptAt = nowUtc;
    }

    private MailMessage()
    {
    }

    public void MarkSent(string? serverReply, DateTime nowUtc)
    {
        SentAt = nowUtc;
        ServerReply = serverReply is { Length: > 500 } ? serverReply[..500] : serverReply;
        LastError = null;
        LockedUntil = null;
    }

    public void MarkFailed(string error, DateTime nowUtc, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = nowUtc + Backoff(Attempts);
        LockedUntil = null;
        if (Attempts >= maxAttempts)
        {
            GaveUpAt = nowUtc;
        }
    }

    /// <summary>5 s, 10 s, 20 s… doubling, never more than an hour between two attempts.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Max(0, attempts - 1))));

    internal static void Configure(EntityTypeBuilder<MailMessage> e)
    {
        e.ToTable("mail_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.To).HasMaxLength(320);
        e.Property(m => m.Subject).HasMaxLength(300);
        e.Property(m => m.Category).HasMaxLength(100);
        e.Property(m => m.IdempotencyKey).HasMaxLength(200);
        e.HasIndex(m => m.IdempotencyKey).IsUnique();
        e.HasIndex(m => new { m.SentAt, m.GaveUpAt, m.NextAttemptAt });
    }
}
