using Bocage.Kernel.Time;

namespace Bocage.Bookings.Domain;

/// <summary>
/// Days a place is shut apart from its opening hours (works, holidays, an agent away), from its first to its last
/// day of Paris inclusive, with the reason told to the public and to the people whose bookings it cancelled. A
/// closure of one day may keep to some hours of it: that is how an agent blocks a slot.
/// </summary>
internal sealed class Closure
{
    public const int ReasonMaxLength = 200;

    /// <summary>A closure longer than a year is a place to take offline, not a closure.</summary>
    public const int MaxDays = 366;

    private Closure() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ResourceId { get; private set; }

    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    /// <summary>The hour it begins on its day, Paris time, when it shuts only some hours of one day.</summary>
    public TimeOnly? FromTime { get; private set; }

    /// <summary>The hour it ends, with <see cref="FromTime"/>.</summary>
    public TimeOnly? UntilTime { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public bool IsHours => FromTime is not null && UntilTime is not null;

    /// <summary>Midnight of its first day (or its first hour), Paris time, in UTC.</summary>
    public DateTime StartUtc => ParisTime.ToUtc(FirstDay.ToDateTime(FromTime ?? TimeOnly.MinValue));

    /// <summary>Midnight after its last day (or its last hour), Paris time, in UTC.</summary>
    public DateTime EndUtc =>
        UntilTime is { } until
            ? ParisTime.ToUtc(LastDay.ToDateTime(until))
            : ParisTime.ToUtc(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue));

    public static Closure Create(
        Guid resourceId,
        DateOnly firstDay,
        DateOnly lastDay,
        string reason,
        DateTime nowUtc
    ) =>
        new()
        {
            ResourceId = resourceId,
            FirstDay = firstDay,
            LastDay = lastDay,
            Reason = reason,
            CreatedAtUtc = nowUtc,
        };

    /// <summary>Some hours of one day: a slot an agent blocks (a visit, maintenance, a meeting of the place).</summary>
    public static Closure Hours(
        Guid resourceId,
        DateOnly day,
        TimeOnly from,
        TimeOnly until,
        string reason,
        DateTime nowUtc
    )
    {
        var closure = Create(resourceId, day, day, reason, nowUtc);
        (closure.FromTime, closure.UntilTime) = (from, until);
        return closure;
    }

    public bool Overlaps(DateTime startUtc, DateTime endUtc) => startUtc < EndUtc && endUtc > StartUtc;
}
