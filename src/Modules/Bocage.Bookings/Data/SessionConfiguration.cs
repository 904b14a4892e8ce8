using Bocage.Bookings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Bookings.Data;

/// <summary>
/// How a training's or an event's <see cref="Session"/>, a <see cref="WaitingEntry"/> and a person's
/// <see cref="CalendarFeed"/> are stored.
/// </summary>
internal static class SessionConfiguration
{
    public static void Configure(EntityTypeBuilder<Session> e)
    {
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.ResourceId, s.StartUtc });
        e.Property(s => s.Title).HasMaxLength(Session.TitleMaxLength);
        e.HasOne<Resource>().WithMany().HasForeignKey(s => s.ResourceId).OnDelete(DeleteBehavior.Restrict);
        e.Ignore(s => s.Slot);
    }

    public static void Configure(EntityTypeBuilder<CalendarFeed> e)
    {
        e.HasKey(f => f.AccountId);
        e.Property(f => f.AccountId).HasMaxLength(450);
        e.HasIndex(f => f.TokenHash).IsUnique();
        e.Property(f => f.TokenHash).HasMaxLength(64);
    }

    public static void Configure(EntityTypeBuilder<WaitingEntry> e)
    {
        e.HasKey(w => w.Id);
        // One place in the queue per person and slot; the queue is read in arrival order.
        e.HasIndex(w => new
            {
                w.ResourceId,
                w.StartUtc,
                w.AccountId,
            })
            .IsUnique();
        e.HasIndex(w => new
        {
            w.ResourceId,
            w.StartUtc,
            w.CreatedAtUtc,
        });
        e.Property(w => w.AccountId).HasMaxLength(450);
        e.Property(w => w.Name).HasMaxLength(Booking.NameMaxLength);
        e.Property(w => w.Email).HasMaxLength(Booking.EmailMaxLength);
        e.Property(w => w.Language).HasMaxLength(5);
        e.Property(w => w.Answers).HasMaxLength(Booking.AnswersMaxLength);
        e.HasOne<Resource>().WithMany().HasForeignKey(w => w.ResourceId).OnDelete(DeleteBehavior.Restrict);
        e.Ignore(w => w.IsWaiting);
        e.Ignore(w => w.Person);
    }
}
