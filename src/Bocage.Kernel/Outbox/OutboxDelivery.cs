using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// The delivery of one message to one handler: each handler is retried alone, so a failing one neither
/// re-runs the others nor holds them back; after its last attempt it becomes a dead letter that an
/// administrator can replay.
/// </summary>
public sealed class OutboxDelivery
{
    public long Id { get; private set; }

    public long MessageId { get; private set; }

    /// <summary>The handler's stable key (<see cref="DomainEventRoute.HandlerKey"/>).</summary>
    public string Handler { get; private set; } = "";

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? DeadLetteredAt { get; private set; }

    public bool IsPending => DeliveredAt is null && DeadLetteredAt is null;

    public static OutboxDelivery For(long messageId, string handler, DateTime nowUtc) =>
        new()
        {
            MessageId = messageId,
            Handler = handler,
            NextAttemptAt = nowUtc,
        };

    public bool IsDueAt(DateTime nowUtc) => IsPending && NextAttemptAt <= nowUtc;

    public void MarkDelivered(DateTime nowUtc)
    {
        Attempts++;
        DeliveredAt = nowUtc;
        LastError = null;
    }

    /// <summary>
    /// Schedules the next attempt, or makes the delivery a dead letter once it has had all its attempts.
    /// </summary>
    public void MarkFailed(string error, DateTime nowUtc, OutboxOptions options)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = nowUtc + options.DelayAfter(Attempts);
        if (Attempts >= options.MaxAttempts)
        {
            DeadLetteredAt = nowUtc;
        }
    }

    /// <summary>
    /// Gives a dead letter a fresh set of attempts, due at once; the last error stays until it succeeds.
    /// </summary>
    public void Replay(DateTime nowUtc)
    {
        Attempts = 0;
        DeadLetteredAt = null;
        NextAttemptAt = nowUtc;
    }

    internal static void Configure(EntityTypeBuilder<OutboxDelivery> e)
    {
        e.ToTable("outbox_deliveries");
        e.HasKey(d => d.Id);
        e.Property(d => d.Handler).HasMaxLength(300);
        e.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        // One row per (message, handler): a second dispatcher that somehow got the message too cannot add its own.
        e.HasIndex(d => new { d.MessageId, d.Handler }).IsUnique();
        e.HasIndex(d => d.DeadLetteredAt);
    }
}
