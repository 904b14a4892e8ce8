using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Hours;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>
/// A resource's slots between two days of Paris, each with its free seats: the grid of its opening hours minus
/// the confirmed bookings that overlap it, read in one query for the whole period.
/// </summary>
internal sealed class FreeSlots(BookingsDb db, TimeProvider clock)
{
    /// <summary>How far ahead a person may book: the places plan their openings about two months ahead.</summary>
    public const int HorizonDays = 60;

    public DateOnly Today => DateOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));

    /// <summary>The slots of the days, past ones left out (a slot already begun cannot be booked).</summary>
    public async Task<IReadOnlyList<OpenSlot>> BetweenAsync(
        Resource resource,
        DateOnly firstDay,
        DateOnly lastDay,
        CancellationToken cancellationToken
    )
    {
        if (!OpeningHours.TryParse(resource.OpeningHours, out var hours, out _))
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var grid = SlotGrid
            .Between(hours!, firstDay, lastDay, resource.SlotMinutes, resource.BufferMinutes, ParisTime.Zone)
            .Where(s => s.StartUtc > now)
            .ToList();
        if (grid.Count == 0)
        {
            return [];
        }
        var (from, to) = (grid[0].StartUtc, grid[^1].EndUtc);
        var booked = await db
            .Bookings.AsNoTracking()
            .Where(b =>
                b.ResourceId == resource.Id && b.Status == BookingStatus.Confirmed && b.StartUtc < to && b.EndUtc > from
            )
            .Select(b => new { b.StartUtc, b.EndUtc })
            .ToListAsync(cancellationToken);
        return grid.Select(s => new OpenSlot(
                s,
                Math.Max(0, resource.Capacity - booked.Count(b => b.StartUtc < s.EndUtc && b.EndUtc > s.StartUtc))
            ))
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
        // A week at a time: most places have free slots within days, and a week is one small query.
        for (var first = Today; first <= Today.AddDays(HorizonDays) && found.Count < count; first = first.AddDays(7))
        {
            var week = await BetweenAsync(resource, first, first.AddDays(6), cancellationToken);
            found.AddRange(week.Where(s => s.IsFree).Take(count - found.Count));
        }
        return found;
    }

    /// <summary>The grid slot that starts at <paramref name="startUtc"/>, if the resource has one then.</summary>
    public async Task<OpenSlot?> FindAsync(Resource resource, DateTime startUtc, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(ParisTime.ToParis(startUtc));
        if (day < Today || day > Today.AddDays(HorizonDays))
        {
            return null;
        }
        var slots = await BetweenAsync(resource, day, day, cancellationToken);
        return slots.FirstOrDefault(s => s.Slot.StartUtc == startUtc);
    }
}
