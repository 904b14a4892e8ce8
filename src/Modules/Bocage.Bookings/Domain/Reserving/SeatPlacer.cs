using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// Puts a booking on a free seat of a slot. The seat is chosen among those free, and the database has the last
/// word (PostgreSQL's exclusion constraint, the unique index on both): a request that loses the race reads the
/// seats again and takes another, or finds none.
/// </summary>
internal sealed class SeatPlacer(BookingsDb db, WriteGate gate, TimeProvider clock)
{
    /// <summary>Serialises the writes where the database needs it (SQLite); nothing on PostgreSQL.</summary>
    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken) => gate.EnterAsync(db, cancellationToken);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The bookings that hold a seat of the resource during the slot.</summary>
    public IQueryable<Booking> Holding(Guid resourceId, Slot slot) => db.Bookings.Holding(resourceId, slot);

    /// <summary>
    /// The booking <paramref name="create"/> makes for a free seat (and the time), stored with its notice; null
    /// when every seat is taken.
    /// </summary>
    public async Task<Booking?> PlaceAsync(
        Guid resourceId,
        OpenSlot open,
        Func<int, DateTime, Booking> create,
        string notice,
        CancellationToken cancellationToken
    )
    {
        // One more try than seats: each lost race means one seat fewer, so this ends with a seat or none.
        for (var attempt = 0; attempt <= open.Capacity; attempt++)
        {
            var taken = await Holding(resourceId, open.Slot).Select(b => b.Seat).ToListAsync(cancellationToken);
            var seat = Enumerable.Range(1, open.Capacity).FirstOrDefault(s => !taken.Contains(s));
            if (seat == 0)
            {
                return null;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var booking = create(seat, now);
            db.Bookings.Add(booking);
            db.Raise(new BookingNotice(booking.Id, notice), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return booking;
            }
            catch (DbUpdateException)
            {
                // Another request took that seat between our read and our insert.
                db.ChangeTracker.Clear();
            }
        }
        return null;
    }
}
