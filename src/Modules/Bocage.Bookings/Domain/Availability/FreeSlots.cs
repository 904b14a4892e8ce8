using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Hours;
using Bocage.Kernel.Hours;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>
/// A resource's slots between two days of Paris, each with its free seats: the grid of its opening hours (or its
/// sessions, for trainings and events) minus the bookings that hold a seat, read in one query for the period.
/// </summary>
internal sealed class FreeSlots(BookingsDb db, TimeProvider clock)
{
    /// <summary>How far ahead a slot may be booked: the places plan their openings about two months ahead.</summary>
    public const int HorizonDays = 60;

    /// <summary>Trainings and events are announced well before: their sessions are open a year ahead.</summary>
    public const int SessionHorizonDays = 366;

    public DateOnly Today => DateOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));

    public static int Horizon(Resource resource) => resource.HasSessions ? SessionHorizonDays : HorizonDays;

    public DateOnly LastDay(Resource resource) => Today.AddDays(Horizon(resource));

    /// <summary>The slots of the days, past ones left out (a slot already begun cannot be booked).</summary>
    public async Task<IReadOnlyList<OpenSlot>> BetweenAsync(
        Resource resource,
        DateOnly firstDay,
        DateOnly lastDay,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var grid = (await GridAsync(resource, firstDay, lastDay, cancellationToken))
            .Where(s => s.Slot.StartUtc > now)
            .ToList();
        if (grid.Count == 0)
        {
            return [];
        }
        var (from, to) = (grid.Min(s => s.Slot.StartUtc), grid.Max(s => s.Slot.EndUtc));
        var booked = await db
            .Bookings.AsNoTracking()
            .Where(b =>
                b.ResourceId == resource.Id && b.Status != BookingStatus.Cancelled && b.StartUtc < to && b.EndUtc > from
            )
            .Select(b => new { b.StartUtc, b.EndUtc })
            .ToListAsync(cancellationToken);
        return grid.Select(s =>
                s with
                {
                    SeatsLeft = Math.Max(
                        0,
                        s.Capacity - booked.Count(b => b.StartUtc < s.Slot.EndUtc && b.EndUtc > s.Slot.StartUtc)
                    ),
                }
            )
            .ToList();
    }

    /// <summary>The next free slots from now, for the list of places and for a refusal « créneau déjà pris ».</summary>
    public async Task<IReadOnlyList<OpenSlot>> NextAsync(
        Resource resource,
        int count,
        CancellationToken cancellationToken
    )
    {
        var found = new List<OpenSlot>();
        // A few weeks at a time: most places have free slots within days, and each step is one small query.
        var step = resource.HasSessions ? 92 : 7;
        for (var first = Today; first <= LastDay(resource) && found.Count < count; first = first.AddDays(step))
        {
            var period = await BetweenAsync(resource, first, first.AddDays(step - 1), cancellationToken);
            found.AddRange(period.Where(s => s.IsFree).Take(count - found.Count));
        }
        return found;
    }

    /// <summary>The slot that starts at <paramref name="startUtc"/>, if the resource has one then.</summary>
    public async Task<OpenSlot?> FindAsync(Resource resource, DateTime startUtc, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(ParisTime.ToParis(startUtc));
        if (day < Today || day > LastDay(resource))
        {
            return null;
        }
        var slots = await BetweenAsync(resource, day, day, cancellationToken);
        return slots.FirstOrDefault(s => s.Slot.StartUtc == startUtc);
    }

    /// <summary>Who holds the slot's seats, by seat.</summary>
    public async Task<IReadOnlyList<Booking>> HoldersAsync(
        Guid resourceId,
        Slot slot,
        CancellationToken cancellationToken
    ) => await db.Bookings.AsNoTracking().Holding(resourceId, slot).OrderBy(b => b.Seat).ToListAsync(cancellationToken);

    /// <summary>Every slot of the days with its capacity, before the bookings are counted.</summary>
    private async Task<IReadOnlyList<OpenSlot>> GridAsync(
        Resource resource,
        DateOnly firstDay,
        DateOnly lastDay,
        CancellationToken cancellationToken
    )
    {
        if (resource.HasSessions)
        {
            var from = ParisTime.ToUtc(firstDay.ToDateTime(TimeOnly.MinValue));
            var to = ParisTime.ToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var sessions = await db
                .Sessions.AsNoTracking()
                .Where(s =>
                    s.ResourceId == resource.Id && s.CancelledAtUtc == null && s.StartUtc >= from && s.StartUtc < to
                )
                .OrderBy(s => s.StartUtc)
                .ToListAsync(cancellationToken);
            return sessions
                .Select(s => new OpenSlot(s.Slot, s.Seats, s.Seats) { SessionId = s.Id, Title = s.Title })
                .ToList();
        }
        if (!OpeningHours.TryParse(resource.OpeningHours, out var hours, out _))
        {
            return [];
        }
        var closed = await ClosuresAsync(resource.Id, firstDay, lastDay, cancellationToken);
        return SlotGrid
            .Between(hours, firstDay, lastDay, resource.SlotMinutes, resource.BufferMinutes, ParisTime.Zone)
            .Where(s => !closed.Any(c => c.Overlaps(s.StartUtc, s.EndUtc)))
            .Select(s => new OpenSlot(s, resource.Capacity, resource.Capacity))
            .ToList();
    }

    /// <summary>The place's closures that meet the days, first first.</summary>
    public async Task<IReadOnlyList<Closure>> ClosuresAsync(
        Guid resourceId,
        DateOnly firstDay,
        DateOnly lastDay,
        CancellationToken cancellationToken
    ) =>
        await db
            .Closures.AsNoTracking()
            .Where(c => c.ResourceId == resourceId && c.LastDay >= firstDay && c.FirstDay <= lastDay)
            .OrderBy(c => c.FirstDay)
            .ToListAsync(cancellationToken);
}
