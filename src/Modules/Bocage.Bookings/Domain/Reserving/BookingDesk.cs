using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// Books and cancels. No double booking, ever: the seat is chosen among those free, and the database has the
/// last word (PostgreSQL's exclusion constraint, the unique index on both); a request that loses the race reads
/// the seats again and takes another, or answers « créneau déjà pris ».
/// </summary>
internal sealed class BookingDesk(BookingsDb db, FreeSlots slots, WriteGate gate, TimeProvider clock)
{
    public async Task<BookingOutcome> BookAsync(
        Resource resource,
        DateTime startUtc,
        BookingPerson person,
        CancellationToken cancellationToken
    )
    {
        using var _ = await gate.EnterAsync(db, cancellationToken);
        var open = await slots.FindAsync(resource, startUtc, cancellationToken);
        if (open is null)
        {
            return BookingOutcome.Refused(BookingRefusal.NoSuchSlot);
        }
        var slot = open.Slot;
        var overlapping = db.Bookings.Where(b =>
            b.ResourceId == resource.Id
            && b.Status == BookingStatus.Confirmed
            && b.StartUtc < slot.EndUtc
            && b.EndUtc > slot.StartUtc
        );
        if (await overlapping.AnyAsync(b => b.AccountId == person.AccountId, cancellationToken))
        {
            return BookingOutcome.Refused(BookingRefusal.AlreadyYours);
        }
        // One more try than seats: each lost race means one seat fewer, so this ends with a seat or « pris ».
        for (var attempt = 0; attempt <= resource.Capacity; attempt++)
        {
            var taken = await overlapping.Select(b => b.Seat).ToListAsync(cancellationToken);
            var seat = Enumerable.Range(1, resource.Capacity).FirstOrDefault(s => !taken.Contains(s));
            if (seat == 0)
            {
                break;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var booking = Booking.Create(resource.Id, slot, seat, person, now);
            db.Bookings.Add(booking);
            db.Raise(new BookingConfirmed(booking.Id), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return BookingOutcome.Booked(booking);
            }
            catch (DbUpdateException)
            {
                // Another request took that seat between our read and our insert.
                db.ChangeTracker.Clear();
            }
        }
        return BookingOutcome.Refused(BookingRefusal.Taken);
    }

    /// <summary>Cancels and tells the person (and their calendar) by mail.</summary>
    public async Task CancelAsync(Booking booking, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        booking.Cancel(now);
        db.Raise(new BookingCancelled(booking.Id), now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
