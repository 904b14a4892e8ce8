using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Mail;

/// <summary>
/// An e-mail in the kernel's <c>mail_messages</c> table. Rows are never deleted: a sent or failed
/// mail stays for an administrator to see what went out and what did not.
/// </summary>
public sealed class OutgoingMail
{
    public long Id { get; private set; }

    /// <summary>
    /// The template or category, e.g. <c>procedures.demande-recue</c>, to count and find mails by kind.
    /// </summary>
    public string Category { get; private set; } = "";

    /// <summary>Unique when set: the same logical mail enqueued twice is stored once.</summary>
    public string? IdempotencyKey { get; private set; }

    public string Recipient { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string? HtmlBody { get; private set; }

    /// <summary>
    /// Fixed at enqueue so that every attempt carries the same Message-Id and receivers can deduplicate.
    /// </summary>
    public string MessageId { get; private set; } = "";

    public MailStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    /// <summary>Set by the sender that claimed the row; another sender leaves the row alone until then.</summary>
    public DateTime? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>The SMTP server's reply to the message (often its queue id), or the pickup file written.</summary>
    public string? ServerReply { get; private set; }

    public List<OutgoingMailAttachment> Attachments { get; private set; } = [];

    internal static OutgoingMail Queue(MailRequest request, string recipient, string messageId, DateTime nowUtc) =>
        new()
        {
            Category = request.Category,
            IdempotencyKey = request.IdempotencyKey,
            Recipient = recipient,
            Subject = request.Subject,
            TextBody = request.TextBody,
            HtmlBody = request.HtmlBody,
            MessageId = messageId,
            Status = MailStatus.Queued,
            CreatedAt = nowUtc,
            NextAttemptAt = nowUtc,
            Attachments = request
                .Attachments.Select(a => new OutgoingMailAttachment(a.FileName, a.ContentType, a.Content))
                .ToList(),
        };

    internal static void Configure(EntityTypeBuilder<OutgoingMail> e)
    {
        e.ToTable("mail_messages");
        e.HasKey(m => m.Id);
        e.HasIndex(m => m.IdempotencyKey).IsUnique();
        e.HasIndex(m => new { m.Status, m.NextAttemptAt });
        e.Property(m => m.Category).HasMaxLength(100);
        e.Property(m => m.IdempotencyKey).HasMaxLength(200);
        e.Property(m => m.Recipient).HasMaxLength(320);
        e.Property(m => m.Subject).HasMaxLength(400);
        e.Property(m => m.MessageId).HasMaxLength(250);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(m => m.LockedBy).HasMaxLength(100);
        e.Property(m => m.LastError).HasMaxLength(2000);
        e.Property(m => m.ServerReply).HasMaxLength(1000);
        e.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MailId).OnDelete(DeleteBehavior.Cascade);
    }
}
