using Bocage.Kernel.Time;

namespace Bocage.Bookings.Domain;

/// <summary>
/// Days a place is shut apart from its opening hours (works, holidays, an agent away), from its first to its last
/// day of Paris inclusive, with the reason told to the public and to the people whose bookings it cancelled.
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

    public string Reason { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Midnight of its first day, Paris time, in UTC.</summary>
    public DateTime StartUtc => ParisTime.ToUtc(FirstDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>Midnight after its last day, Paris time, in UTC.</summary>
    public DateTime EndUtc => ParisTime.ToUtc(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue));

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

    public bool Overlaps(DateTime startUtc, DateTime endUtc) => startUtc < EndUtc && endUtc > StartUtc;
}
