using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Notices;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// What an agent does to a place's bookings and sessions, each written to the audit log with the commune it
/// concerns: approve or refuse a request, cancel with a reason, add or cancel a session, mark who came.
/// </summary>
internal sealed class PlaceActions(BookingsDb db, BookingDesk desk, SeatPlacer placer, AuditLog audit)
{
    public async Task ApproveAsync(
        string agentId,
        Resource resource,
        Booking booking,
        CancellationToken cancellationToken
    )
    {
        await desk.ConfirmAsync(booking, cancellationToken);
        await AuditAsync(agentId, "bookings.approve", resource, booking.Reference, "", cancellationToken);
    }

    /// <summary>
    /// Books for someone who called or came to the desk, without an account: confirmed at once, paid on the spot,
    /// audited with the agent as the one who booked.
    /// </summary>
    public async Task<BookingOutcome> BookForAsync(
        string agentId,
        Resource resource,
        DateTime startUtc,
        BookingPerson person,
        Audience audience,
        CancellationToken cancellationToken
    )
    {
        var outcome = await desk.BookAsync(resource, startUtc, person, audience, cancellationToken);
        if (outcome.Booking is { } booking)
        {
            await AuditAsync(agentId, "bookings.book-for", resource, booking.Reference, "", cancellationToken);
        }
        return outcome;
    }

    /// <summary>Refuses a request or cancels a booking; the person is mailed the reason.</summary>
    public async Task CancelAsync(
        string agentId,
        Resource resource,
        Booking booking,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var action = booking.Status == BookingStatus.Requested ? "bookings.refuse" : "bookings.cancel";
        await desk.CancelAsync(booking, resource, reason, cancellationToken);
        await AuditAsync(agentId, action, resource, booking.Reference, reason, cancellationToken);
    }

    /// <summary>A new place (<paramref name="resource"/> null) or a place's new description.</summary>
    public async Task<Resource> SaveAsync(
        string agentId,
        Resource? resource,
        ResourceDescription description,
        CancellationToken cancellationToken
    )
    {
        if (resource is null)
        {
            resource = Resource.Create(description, placer.Now);
            db.Resources.Add(resource);
        }
        else
        {
            resource.Describe(description);
        }
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(
            agentId,
            "bookings.place-save",
            resource,
            resource.Name,
            description.OpeningHours,
            cancellationToken
        );
        return resource;
    }

    public async Task<Session> AddSessionAsync(
        string agentId,
        Resource resource,
        Slot slot,
        int seats,
        string title,
        CancellationToken cancellationToken
    )
    {
        var session = Session.Create(resource.Id, slot, seats, title, placer.Now);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(agentId, "bookings.session-add", resource, $"{slot.StartUtc:O}", title, cancellationToken);
        return session;
    }

    /// <summary>Cancels a session and every booking of it; each participant is mailed the reason.</summary>
    public async Task CancelSessionAsync(
        string agentId,
        Resource resource,
        Session session,
        string reason,
        CancellationToken cancellationToken
    )
    {
        session.Cancel(placer.Now);
        await CancelByPlaceAsync(db.Bookings.Where(b => b.SessionId == session.Id), reason, cancellationToken);
        await AuditAsync(
            agentId,
            "bookings.session-cancel",
            resource,
            $"{session.StartUtc:O}",
            reason,
            cancellationToken
        );
    }

    /// <summary>
    /// Shuts the place from <paramref name="firstDay"/> to <paramref name="lastDay"/>: its slots of those days are no
    /// longer offered, and the bookings that fall in them are cancelled, each person mailed the reason. Answers how
    /// many bookings were cancelled.
    /// </summary>
    public Task<int> CloseAsync(
        string agentId,
        Resource resource,
        DateOnly firstDay,
        DateOnly lastDay,
        string reason,
        CancellationToken cancellationToken
    ) =>
        ShutAsync(
            agentId,
            resource,
            Closure.Create(resource.Id, firstDay, lastDay, reason, placer.Now),
            cancellationToken
        );

    /// <summary>
    /// Blocks one slot (a visit, maintenance): a closure of its hours, so that nobody may book it; a booking in it
    /// is cancelled with the reason, as for a closure. Answers how many bookings were cancelled.
    /// </summary>
    public Task<int> BlockAsync(
        string agentId,
        Resource resource,
        Slot slot,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var (start, end) = (ParisTime.ToParis(slot.StartUtc), ParisTime.ToParis(slot.EndUtc));
        var day = DateOnly.FromDateTime(start);
        // A slot that ends at midnight ends with its day.
        var until = DateOnly.FromDateTime(end) == day ? TimeOnly.FromDateTime(end) : TimeOnly.MaxValue;
        var closure = Closure.Hours(resource.Id, day, TimeOnly.FromDateTime(start), until, reason, placer.Now);
        return ShutAsync(agentId, resource, closure, cancellationToken);
    }

    private async Task<int> ShutAsync(
        string agentId,
        Resource resource,
        Closure closure,
        CancellationToken cancellationToken
    )
    {
        db.Closures.Add(closure);
        var (from, to) = (closure.StartUtc, closure.EndUtc);
        var cancelled = await CancelByPlaceAsync(
            db.Bookings.Where(b => b.ResourceId == resource.Id && b.StartUtc < to && b.EndUtc > from),
            closure.Reason,
            cancellationToken
        );
        await AuditAsync(
            agentId,
            closure.IsHours ? "bookings.slot-block" : "bookings.closure-add",
            resource,
            closure.IsHours ? $"{from:O}/{to:O}" : $"{closure.FirstDay:yyyy-MM-dd}/{closure.LastDay:yyyy-MM-dd}",
            $"{closure.Reason} ({cancelled})",
            cancellationToken
        );
        return cancelled;
    }

    /// <summary>Takes a closure back: its days are offered again (the cancelled bookings stay cancelled).</summary>
    public async Task<bool> ReopenAsync(
        string agentId,
        Resource resource,
        Guid closureId,
        CancellationToken cancellationToken
    )
    {
        var closure = await db.Closures.SingleOrDefaultAsync(
            c => c.Id == closureId && c.ResourceId == resource.Id,
            cancellationToken
        );
        if (closure is null)
        {
            return false;
        }
        db.Closures.Remove(closure);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(
            agentId,
            "bookings.closure-remove",
            resource,
            $"{closure.FirstDay:yyyy-MM-dd}/{closure.LastDay:yyyy-MM-dd}",
            closure.Reason,
            cancellationToken
        );
        return true;
    }

    /// <summary>Marks each participant present or absent; a training marked attended opens what requires it.</summary>
    public async Task MarkAttendanceAsync(
        string agentId,
        Resource resource,
        Session session,
        IReadOnlyDictionary<Guid, bool> presence,
        CancellationToken cancellationToken
    )
    {
        var bookings = await db
            .Bookings.Where(b => b.SessionId == session.Id && b.Status == BookingStatus.Confirmed)
            .ToListAsync(cancellationToken);
        foreach (var booking in bookings.Where(b => presence.ContainsKey(b.Id)))
        {
            booking.MarkAttendance(presence[booking.Id]);
        }
        await db.SaveChangesAsync(cancellationToken);
        var present = bookings.Count(b => b.Attended == true);
        await AuditAsync(
            agentId,
            "bookings.attendance",
            resource,
            $"{session.StartUtc:O}",
            $"{present}/{bookings.Count}",
            cancellationToken
        );
    }

    /// <summary>
    /// Cancels the bookings still active among <paramref name="bookings"/>, each person mailed the reason, and saves
    /// them with what the caller changed; answers how many.
    /// </summary>
    private async Task<int> CancelByPlaceAsync(
        IQueryable<Booking> bookings,
        string reason,
        CancellationToken cancellationToken
    )
    {
        var now = placer.Now;
        var active = await bookings.Where(b => b.Status != BookingStatus.Cancelled).ToListAsync(cancellationToken);
        foreach (var booking in active)
        {
            booking.Cancel(now, reason);
            db.Raise(new BookingNotice(booking.Id, NoticeKinds.CancelledByPlace), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return active.Count;
    }

    private Task AuditAsync(
        string agentId,
        string action,
        Resource resource,
        string what,
        string details,
        CancellationToken cancellationToken
    ) =>
        audit.AppendAsync(
            AuditActor.Of(agentId),
            action,
            $"booking:{resource.Slug}:{what}",
            resource.CommuneInsee,
            details,
            cancellationToken: cancellationToken
        );
}
