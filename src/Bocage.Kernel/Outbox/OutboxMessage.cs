using System.Text.Json;
using Bocage.Kernel.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Outbox;

/// <summary>
/// A domain event stored in the raising engine's own schema, in the transaction of the change. Its
/// delivery to each handler is recorded apart (<see cref="OutboxDelivery"/>); the message is processed
/// once every handler has delivered it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    /// <summary>The event's stable contract name (<c>payments.invoice-settled.v1</c>), never its CLR name.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    /// <summary>When a dispatcher should look at the message again: the earliest retry of its handlers.</summary>
    public DateTime NextAttemptAt { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    /// <summary>The claim of one dispatcher (one node), so that two never deliver the same message at once.</summary>
    public DateTime? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    /// <summary>
    /// Refuses an event type without <see cref="EventNameAttribute"/> (see <see cref="EventNames.Of"/>).
    /// </summary>
    public static OutboxMessage For(IDomainEvent domainEvent, DateTime nowUtc) =>
        new()
        {
            Type = EventNames.Of(domainEvent.GetType()),
            Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType()),
            OccurredAt = nowUtc,
            NextAttemptAt = nowUtc,
        };

    internal static void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("outbox_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.Type).HasMaxLength(300);
        e.Property(m => m.LockedBy).HasMaxLength(200);
        e.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
    }
}
