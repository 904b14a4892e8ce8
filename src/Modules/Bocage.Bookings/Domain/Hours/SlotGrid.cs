using Bocage.Kernel.Hours;

namespace Bocage.Bookings.Domain.Hours;

/// <summary>
/// Lays bookable slots over opening hours: in each open interval of each local day, slots of a fixed length one
/// after the other, a buffer between two, as many as fit whole in the interval.
/// </summary>
/// <remarks>
/// The grid is drawn on the wall clock of <c>zone</c> (a 09:00 slot starts at 09:00 local time all year round)
/// and each slot is then turned into UTC instants. Around the clock changes:
/// <list type="bullet">
/// <item>A slot that starts or ends inside the spring-forward gap (02:00-03:00 in Paris) is skipped: that wall-clock
/// time never happens. A slot that ends exactly where the gap begins (01:00-02:00) is kept: it ends at the jump.</item>
/// <item>In the autumn, a wall-clock time that happens twice is taken at its first occurrence (summer time, the
/// earlier instant). Taking one occurrence, always the same, keeps the mapping from wall clock to UTC increasing,
/// so slots can never overlap; the first one is the one a person reading « 02:30 » on the day most likely means.
/// The repeated hour's second pass (02:00-03:00 winter time) therefore carries no slot: a 24/7 grid of hours has
/// 24 slots that day, not 25, and nothing is booked twice.</item>
/// <item>A slot whose real length would differ from the one asked (it straddles a clock change, e.g. 02:30-03:30
/// on the autumn day lasts two hours) is skipped rather than silently stretched or shortened.</item>
/// </list>
/// </remarks>
internal static class SlotGrid
{
    public static IReadOnlyList<Slot> Between(
        OpeningHours hours,
        DateOnly firstDay,
        DateOnly lastDay,
        int durationMinutes,
        int bufferMinutes,
        TimeZoneInfo zone
    )
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(bufferMinutes);
        var duration = TimeSpan.FromMinutes(durationMinutes);
        var slots = new List<Slot>();
        // Day numbers rather than AddDays, which would overflow past DateOnly.MaxValue.
        for (var number = firstDay.DayNumber; number <= lastDay.DayNumber; number++)
        {
            var day = DateOnly.FromDayNumber(number);
            var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            foreach (var range in hours.RangesOn(day))
            {
                // In long so that a huge buffer cannot overflow the step and start the loop again.
                var step = (long)durationMinutes + bufferMinutes;
                for (long start = range.FromMinutes; start + durationMinutes <= range.ToMinutes; start += step)
                {
                    var localStart = midnight.AddMinutes(start);
                    var slot = ToUtc(localStart, localStart + duration, zone);
                    if (slot is not null && slot.EndUtc - slot.StartUtc == duration)
                    {
                        slots.Add(slot);
                    }
                }
            }
        }
        return slots;
    }

    /// <summary>The slot in UTC, or null if its start or end does not exist on the wall clock of the day.</summary>
    private static Slot? ToUtc(DateTime localStart, DateTime localEnd, TimeZoneInfo zone)
    {
        // The end is exclusive, so what must exist is the slot's last minute: a slot ending at 02:00 on the
        // spring-forward day ends at the jump, and is kept. A minute rather than a tick because .NET's zone rules
        // put the edge of the gap and of the repeated hour one tick off (02:59:59.9999999 is "invalid"); slots are
        // whole minutes, so the last minute is exact.
        var lastMinute = localEnd.AddMinutes(-1);
        if (zone.IsInvalidTime(localStart) || zone.IsInvalidTime(lastMinute))
        {
            return null;
        }
        return new Slot(Utc(localStart, zone), Utc(lastMinute, zone).AddMinutes(1));
    }

    private static DateTime Utc(DateTime local, TimeZoneInfo zone)
    {
        // TimeZoneInfo resolves an ambiguous time to standard time (the second occurrence); take the first.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}
