using System.Globalization;

namespace Bocage.Kernel.Hours;

/// <summary>
/// A range of the calendar that comes back every year: whole months (<c>Aug</c>, <c>Jul-Aug</c>) when both days
/// are null, or days (<c>Dec 25</c>, <c>Dec 24-26</c>, <c>Dec 24-Jan 02</c>) when both are set. A range may wrap
/// over the new year (<c>Nov-Feb</c>).
/// </summary>
public sealed record DateSpan(int StartMonth, int? StartDay, int EndMonth, int? EndDay)
{
    /// <summary>The OpenStreetMap abbreviations, January first.</summary>
    public static readonly IReadOnlyList<string> Abbreviations =
    [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ];

    public bool IsWholeMonths => StartDay is null;

    public bool Contains(DateOnly date)
    {
        // Month * 100 + day orders the dates of any year; 31 as the end of a whole month covers its last day.
        var start = (StartMonth * 100) + (StartDay ?? 1);
        var end = (EndMonth * 100) + (EndDay ?? 31);
        var value = (date.Month * 100) + date.Day;
        return start <= end ? start <= value && value <= end : value >= start || value <= end;
    }

    /// <summary>The month (1 to 12) an abbreviation names, or null.</summary>
    public static int? ParseMonth(string word)
    {
        for (var i = 0; i < Abbreviations.Count; i++)
        {
            if (string.Equals(Abbreviations[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return null;
    }

    public static string Format(int month, int? day) =>
        day is null
            ? Abbreviations[month - 1]
            : string.Create(CultureInfo.InvariantCulture, $"{Abbreviations[month - 1]} {day:00}");

    public override string ToString()
    {
        if (StartMonth == EndMonth && StartDay == EndDay)
        {
            return Format(StartMonth, StartDay);
        }
        // Within one month the OpenStreetMap short form repeats only the day: Dec 24-26.
        var end =
            StartMonth == EndMonth && StartDay is not null
                ? ((int)EndDay!).ToString("00", CultureInfo.InvariantCulture)
                : Format(EndMonth, EndDay);
        return $"{Format(StartMonth, StartDay)}-{end}";
    }
}
