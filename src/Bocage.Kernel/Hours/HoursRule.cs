namespace Bocage.Kernel.Hours;

/// <summary>
/// One rule of an <see cref="OpeningHours"/>: which days it speaks of (dates, weekdays, public holidays) and what
/// happens on them (times, the whole day, or closed). Empty selectors mean every day.
/// </summary>
public sealed record HoursRule(
    IReadOnlyList<DateSpan> Dates,
    IReadOnlyList<DaySpan> Days,
    bool PublicHolidays,
    IReadOnlyList<TimeRange> Times,
    bool Closed,
    bool AlwaysOpen
)
{
    /// <summary><c>24/7</c>: every day, all day.</summary>
    public static readonly HoursRule TwentyFourSeven = new([], [], false, [], false, true);

    public bool HasDaySelector => Days.Count > 0 || PublicHolidays;

    public bool Matches(DateOnly date)
    {
        if (AlwaysOpen)
        {
            return true;
        }
        var inDates = Dates.Count == 0 || Dates.Any(span => span.Contains(date));
        // Su,PH means "on Sundays or on public holidays": the weekday list and PH are alternatives.
        var onDay =
            !HasDaySelector
            || Days.Any(span => span.Contains(date.DayOfWeek))
            || (PublicHolidays && FrenchHolidays.IsHoliday(date));
        return inDates && onDay;
    }

    /// <summary>The open ranges on a day the rule matches; selectors without times mean open all day.</summary>
    public IReadOnlyList<TimeRange> OpenRanges() =>
        Closed ? []
        : Times.Count == 0 ? [TimeRange.WholeDay]
        : Times;

    public override string ToString()
    {
        if (AlwaysOpen)
        {
            return "24/7";
        }
        var parts = new List<string>();
        if (Dates.Count > 0)
        {
            parts.Add(string.Join(",", Dates));
        }
        if (HasDaySelector)
        {
            parts.Add(string.Join(",", Days.Select(d => d.ToString()).Concat(PublicHolidays ? ["PH"] : [])));
        }
        if (Closed)
        {
            parts.Add("off");
        }
        else if (Times.Count > 0)
        {
            parts.Add(string.Join(",", Times));
        }
        return string.Join(" ", parts);
    }
}
