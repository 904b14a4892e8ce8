using Bocage.Bookings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Bookings.Data;

/// <summary>
/// How a <see cref="Booking"/> is stored. The unique index on (resource, start, seat) of confirmed bookings is
/// the guarantee on both databases for slots of one grid; PostgreSQL adds, in the migration, an exclusion
/// constraint that also refuses two bookings of one seat whose times merely overlap. Both ignore cancelled ones
/// (status 1): every other status holds its seat.
/// </summary>
internal static class BookingConfiguration
{
    /// <summary>The name PostgreSQL reports when its exclusion constraint refuses an overlapping booking.</summary>
    public const string OverlapConstraint = "ex_bookings_no_overlap";

    public static void Configure(EntityTypeBuilder<Booking> e)
    {
        e.HasKey(b => b.Id);
        e.HasIndex(b => b.Reference).IsUnique();
        e.Property(b => b.Reference).HasMaxLength(Booking.ReferenceLength);
        e.HasIndex(b => new
            {
                b.ResourceId,
                b.StartUtc,
                b.Seat,
            })
            .IsUnique()
            .HasFilter("status <> 1");
        e.HasIndex(b => new { b.AccountId, b.StartUtc });
        e.HasIndex(b => new { b.Status, b.StartUtc });
        e.HasIndex(b => b.RemindAtUtc);
        // Availability reads « starts before the period ends and ends after it starts »: bounded by the end, a
        // place's page reads the bookings to come, not its whole history.
        e.HasIndex(b => new { b.ResourceId, b.EndUtc }).HasFilter("status <> 1");
        e.Property(b => b.AccountId).HasMaxLength(450);
        e.Property(b => b.Name).HasMaxLength(Booking.NameMaxLength);
        e.Property(b => b.Email).HasMaxLength(Booking.EmailMaxLength);
        e.Property(b => b.Language).HasMaxLength(5);
        e.Property(b => b.Answers).HasMaxLength(Booking.AnswersMaxLength);
        e.Property(b => b.BookedByAccountId).HasMaxLength(450);
        e.Property(b => b.Reason).HasMaxLength(Booking.ReasonMaxLength);
        e.HasIndex(b => b.SessionId);
        e.HasIndex(b => b.HoldUntilUtc);
        e.HasOne<Session>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
        e.Property(b => b.Sequence).IsConcurrencyToken();
        e.HasOne<Resource>().WithMany().HasForeignKey(b => b.ResourceId).OnDelete(DeleteBehavior.Restrict);
        e.Ignore(b => b.IsActive);
        e.Ignore(b => b.IsConfirmed);
    }
}
