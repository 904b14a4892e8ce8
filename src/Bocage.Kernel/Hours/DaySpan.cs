namespace Bocage.Kernel.Hours;

/// <summary>
/// One weekday (<c>Sa</c>) or a range of weekdays (<c>Mo-Fr</c>). A range may wrap over the week's end (<c>Fr-Mo</c>
/// is Friday to Monday), as the OpenStreetMap syntax allows.
/// </summary>
public sealed record DaySpan(DayOfWeek First, DayOfWeek Last)
{
    /// <summary>The OpenStreetMap abbreviations, indexed by <see cref="DayOfWeek"/> (Sunday is 0).</summary>
    public static readonly IReadOnlyList<string> Abbreviations = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];

    public bool IsSingleDay => First == Last;

    public bool Contains(DayOfWeek day)
    {
        // Counted from Monday so that Mo-Su is the whole week and Sa-Su the weekend, as people read them.
        var first = FromMonday(First);
        var last = FromMonday(Last);
        var value = FromMonday(day);
        return first <= last ? first <= value && value <= last : value >= first || value <= last;
    }

    public static DayOfWeek? Parse(string word)
    {
        for (var i = 0; i < Abbreviations.Count; i++)
        {
            if (string.Equals(Abbreviations[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)i;
            }
        }
        return null;
    }

    public override string ToString() =>
        IsSingleDay ? Abbreviations[(int)First] : $"{Abbreviations[(int)First]}-{Abbreviations[(int)Last]}";

    private static int FromMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
