using System.Globalization;

namespace Bocage.Kernel.Hours;

/// <summary>
/// Describes an <see cref="OpeningHours"/> in plain words for a page: one line per rule, in the rules' order, so
/// that what a person reads is what the rules say (a later line overrides an earlier one for its days).
/// </summary>
/// <remarks>
/// Lines start with a lower-case letter (« du lundi au vendredi, de 9 h à 12 h ») so that they can be joined into
/// one sentence; a page that shows them as a list capitalises them itself.
/// </remarks>
public static class OpeningHoursText
{
    /// <summary>One line per rule.</summary>
    public static IReadOnlyList<string> Lines(OpeningHours hours, HoursWords words, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(culture);
        return hours.Rules.Select(rule => Line(rule, words, culture)).ToList();
    }

    /// <summary>The lines joined with <see cref="HoursWords.RuleSeparator"/>.</summary>
    public static string Describe(OpeningHours hours, HoursWords words, CultureInfo culture) =>
        string.Join(words.RuleSeparator, Lines(hours, words, culture));

    private static string Line(HoursRule rule, HoursWords words, CultureInfo culture)
    {
        if (rule.AlwaysOpen)
        {
            return words.AlwaysOpen;
        }
        var selectors = new List<string>();
        if (rule.Dates.Count > 0)
        {
            selectors.Add(List(rule.Dates.Select(span => Dates(span, words, culture)), words));
        }
        if (rule.HasDaySelector)
        {
            selectors.Add(Days(rule, words, culture));
        }
        var when = selectors.Count == 0 ? words.EveryDay : string.Join(", ", selectors);
        if (rule.Closed)
        {
            return Format(culture, words.Closed, when);
        }
        var times =
            rule.Times.Count == 0
                ? words.AllDay
                : List(rule.Times.Select(range => FromTo(range, words, culture)), words);
        return $"{when}, {times}";
    }

    private static string Days(HoursRule rule, HoursWords words, CultureInfo culture)
    {
        string Name(DayOfWeek day) => culture.DateTimeFormat.GetDayName(day);
        // Mo,We,Fr reads better as « le lundi, mercredi et vendredi » than with « le » repeated.
        if (rule.Days.Count > 1 && !rule.PublicHolidays && rule.Days.All(span => span.IsSingleDay))
        {
            return Format(culture, words.On, List(rule.Days.Select(span => Name(span.First)), words));
        }
        var items = rule
            .Days.Select(span =>
                span.IsSingleDay
                    ? Format(culture, words.On, Name(span.First))
                    : Format(culture, words.Range, Name(span.First), Name(span.Last))
            )
            .ToList();
        if (rule.PublicHolidays)
        {
            items.Add(words.PublicHolidays);
        }
        return List(items, words);
    }

    private static string Dates(DateSpan span, HoursWords words, CultureInfo culture)
    {
        string Month(int month) => culture.DateTimeFormat.GetMonthName(month);
        if (span.StartDay is not { } startDay || span.EndDay is not { } endDay)
        {
            // Whole months: « en juillet », « en juillet–août ». A dash rather than « de juillet à août », which
            // French would have to elide before a vowel (« d'avril »); the dash reads the same in every language.
            var months =
                span.StartMonth == span.EndMonth
                    ? Month(span.StartMonth)
                    : $"{Month(span.StartMonth)}–{Month(span.EndMonth)}";
            return Format(culture, words.InMonth, months);
        }
        string Date(int month, int day) =>
            Format(culture, day == 1 ? words.FirstOfMonth : words.Date, day, Month(month));
        return span.StartMonth == span.EndMonth && startDay == endDay
            ? Format(culture, words.On, Date(span.StartMonth, startDay))
            : Format(culture, words.Range, Date(span.StartMonth, startDay), Date(span.EndMonth, endDay));
    }

    private static string FromTo(TimeRange range, HoursWords words, CultureInfo culture) =>
        Format(culture, words.FromTo, Clock(range.FromMinutes, words, culture), Clock(range.ToMinutes, words, culture));

    private static string Clock(int minutes, HoursWords words, CultureInfo culture) =>
        minutes % 60 == 0
            ? Format(culture, words.WholeHour, minutes / 60)
            : Format(culture, words.HourAndMinutes, minutes / 60, minutes % 60);

    /// <summary>« a », « a et b », « a, b et c ».</summary>
    private static string List(IEnumerable<string> items, HoursWords words)
    {
        var all = items.ToList();
        return all.Count == 1 ? all[0] : $"{string.Join(", ", all.Take(all.Count - 1))} {words.And} {all[^1]}";
    }

    private static string Format(CultureInfo culture, string format, params object[] args) =>
        string.Format(culture, format, args);
}
