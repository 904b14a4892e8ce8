using System.Globalization;

namespace Bocage.Kernel.Hours;

/// <summary>
/// A wall-clock range inside one day, in minutes since midnight. Minutes rather than <see cref="TimeOnly"/> because
/// the end may be 24:00 (1440), which <see cref="TimeOnly"/> cannot hold.
/// </summary>
public sealed record TimeRange(int FromMinutes, int ToMinutes)
{
    public const int EndOfDay = 24 * 60;

    public static readonly TimeRange WholeDay = new(0, EndOfDay);

    /// <summary>
    /// The range as <see cref="TimeOnly"/> values; an end of 24:00 becomes <see cref="TimeOnly.MaxValue"/>, the last
    /// instant of the day.
    /// </summary>
    public (TimeOnly From, TimeOnly To) ToTimes() => (ToTime(FromMinutes), ToTime(ToMinutes));

    /// <summary>Half-open: the start is in, the end is out (a range ending at 24:00 covers the last instant).</summary>
    public bool Contains(TimeOnly time) =>
        time.Ticks >= FromMinutes * TimeSpan.TicksPerMinute && time.Ticks < ToMinutes * TimeSpan.TicksPerMinute;

    public static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    public override string ToString() => $"{Clock(FromMinutes)}-{Clock(ToMinutes)}";

    private static TimeOnly ToTime(int minutes) =>
        minutes == EndOfDay ? TimeOnly.MaxValue : new TimeOnly(minutes / 60, minutes % 60);
}
