using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// The queue of a full slot, first come first served. A freed seat is not left to whoever reloads the page first:
/// it is held for the first person waiting (a booking « offered », which the database counts as taken) and mailed
/// to them with a deadline; an offer not taken in time goes to the next.
/// </summary>
internal sealed class WaitingList(BookingsDb db, FreeSlots slots, SeatPlacer placer)
{
    /// <summary>Puts the person in the queue of a full slot; answers their place in it, or why not.</summary>
    public async Task<(int Position, BookingRefusal? Refusal)> JoinAsync(
        Resource resource,
        DateTime startUtc,
        BookingPerson person,
        CancellationToken cancellationToken
    )
    {
        var open = await slots.FindAsync(resource, startUtc, cancellationToken);
        if (open is null || open.IsFree)
        {
            // A slot with seats left is booked, not waited for: the page offers it again.
            return (0, BookingRefusal.NoSuchSlot);
        }
        if (
            await placer
                .Holding(resource.Id, open.Slot)
                .AnyAsync(b => b.AccountId == person.AccountId, cancellationToken)
        )
        {
            return (0, BookingRefusal.AlreadyYours);
        }
        var queue = Queue(resource.Id, startUtc);
        if (!await queue.AnyAsync(w => w.AccountId == person.AccountId, cancellationToken))
        {
            var entry = WaitingEntry.Create(resource.Id, startUtc, person, placer.Now);
            db.WaitingList.Add(entry);
            db.Raise(new WaitingNotice(entry.Id), placer.Now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same person's second click, a moment after the first: one place in the queue.
                db.ChangeTracker.Clear();
            }
        }
        var mine = await queue.Where(w => w.AccountId == person.AccountId).FirstAsync(cancellationToken);
        return (await PositionAsync(mine, cancellationToken), null);
    }

    /// <summary>The entry's place in its queue, counting from 1.</summary>
    public Task<int> PositionAsync(WaitingEntry entry, CancellationToken cancellationToken) =>
        Queue(entry.ResourceId, entry.StartUtc)
            .CountAsync(w => w.CreatedAtUtc <= entry.CreatedAtUtc, cancellationToken);

    /// <summary>An entry still waiting for a slot still offered, with its place in the queue; else null.</summary>
    public async Task<WaitingView?> ViewAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.WaitingList.AsNoTracking().SingleOrDefaultAsync(w => w.Id == entryId, cancellationToken);
        return entry is null || !entry.IsWaiting ? null : await ViewAsync(entry, cancellationToken);
    }

    /// <summary>The queues a person is in for slots to come, soonest first.</summary>
    public async Task<IReadOnlyList<WaitingView>> OfAsync(string accountId, CancellationToken cancellationToken)
    {
        var now = placer.Now;
        var entries = await db
            .WaitingList.AsNoTracking()
            .Where(w => w.AccountId == accountId && w.OfferedBookingId == null && w.StartUtc > now)
            .OrderBy(w => w.StartUtc)
            .ToListAsync(cancellationToken);
        var views = new List<WaitingView>();
        foreach (var entry in entries)
        {
            if (await ViewAsync(entry, cancellationToken) is { } view)
            {
                views.Add(view);
            }
        }
        return views;
    }

    /// <summary>Takes the person out of a queue; false when the entry is not theirs or no longer waiting.</summary>
    public async Task<bool> LeaveAsync(Guid entryId, string accountId, CancellationToken cancellationToken) =>
        await db
            .WaitingList.Where(w => w.Id == entryId && w.AccountId == accountId && w.OfferedBookingId == null)
            .ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task<WaitingView?> ViewAsync(WaitingEntry entry, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.AsNoTracking().SingleAsync(r => r.Id == entry.ResourceId, cancellationToken);
        return await slots.FindAsync(resource, entry.StartUtc, cancellationToken) is { } open
            ? new WaitingView(entry, resource, open.Slot, await PositionAsync(entry, cancellationToken))
            : null;
    }

    /// <summary>
    /// Offers the slot's free seats to the first people waiting, each held until the place's offer time runs out
    /// (never beyond the start). Called after a cancellation and when an offer expires.
    /// </summary>
    public async Task OfferNextAsync(Resource resource, DateTime startUtc, CancellationToken cancellationToken)
    {
        while (true)
        {
            var first = await Queue(resource.Id, startUtc)
                .OrderBy(w => w.CreatedAtUtc)
                .FirstOrDefaultAsync(cancellationToken);
            var open = first is null ? null : await slots.FindAsync(resource, startUtc, cancellationToken);
            if (first is null || open is null || !open.IsFree)
            {
                return;
            }
            var until = Min(placer.Now.AddHours(resource.OfferHours), open.Slot.StartUtc);
            var offered = await placer.PlaceAsync(
                resource.Id,
                open,
                (seat, now) =>
                    Booking
                        .Create(resource.Id, open.Slot, seat, first.Person, now)
                        .OfSession(open.SessionId)
                        .AsOffer(until),
                NoticeKinds.Offered,
                cancellationToken
            );
            if (offered is null)
            {
                return; // someone booked the seat meanwhile: the queue waits for the next one
            }
            var entry = await db.WaitingList.SingleAsync(w => w.Id == first.Id, cancellationToken);
            entry.Offered(offered.Id);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Gives up the offers and the unpaid bookings whose hold ran out, and offers their seats to the next people
    /// waiting.
    /// </summary>
    public async Task<int> ExpireOffersAsync(CancellationToken cancellationToken)
    {
        var now = placer.Now;
        var expired = await db
            .Bookings.Where(b =>
                (b.Status == BookingStatus.Offered || b.Status == BookingStatus.AwaitingPayment)
                && b.HoldUntilUtc <= now
            )
            .ToListAsync(cancellationToken);
        foreach (var booking in expired)
        {
            booking.Cancel(now);
            // Its offer or « to pay » mail put a tentative event in the person's calendar: this one takes it out.
            db.Raise(new BookingNotice(booking.Id, NoticeKinds.Cancelled), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var slot in expired.Select(b => (b.ResourceId, b.StartUtc)).Distinct())
        {
            var resource = await db
                .Resources.AsNoTracking()
                .SingleAsync(r => r.Id == slot.ResourceId, cancellationToken);
            await OfferNextAsync(resource, slot.StartUtc, cancellationToken);
        }
        return expired.Count;
    }

    private IQueryable<WaitingEntry> Queue(Guid resourceId, DateTime startUtc) =>
        db.WaitingList.Where(w => w.ResourceId == resourceId && w.StartUtc == startUtc && w.OfferedBookingId == null);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

/// <summary>A person's place in the queue of a slot.</summary>
internal sealed record WaitingView(WaitingEntry Entry, Resource Resource, Hours.Slot Slot, int Position);
