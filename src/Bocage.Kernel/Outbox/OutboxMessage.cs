using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Outbox;

/// <summary>A domain event waiting to be dispatched, stored in the raising engine's own schema.</summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage For(IDomainEvent domainEvent, DateTime nowUtc) => new()
    {
        Type = domainEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType()),
        OccurredAt = nowUtc,
        NextAttemptAt = nowUtc,
    };

    public void MarkProcessed(DateTime nowUtc)
    {
        ProcessedAt = nowUtc;
        LastError = null;
    }

    /// <summary>Exponential back-off capped at one hour, so a failing handler does not spin.</summary>
    public void MarkFailed(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = nowUtc.AddSeconds(Math.Min(3600, Math.Pow(2, Attempts)));
    }

    internal static void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("outbox_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.Type).HasMaxLength(300);
        e.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
    }
}
