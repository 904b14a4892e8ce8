using System.Diagnostics.CodeAnalysis;

namespace Bocage.Kernel.Hours;

/// <summary>
/// Opening hours written in a subset of the OpenStreetMap <c>opening_hours</c> syntax, e.g.
/// <c>Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off</c>. As in that specification, the last rule whose
/// selectors match a day decides that whole day: <c>Mo-Fr 09:00-17:00; We 09:00-12:00</c> closes Wednesday
/// afternoons, it does not add to them.
/// </summary>
/// <remarks>
/// Supported: rules separated by <c>;</c>; dates (<c>Aug</c>, <c>Jul-Aug</c>, <c>Dec 25</c>, <c>Dec 24-26</c>,
/// lists), then weekdays and <c>PH</c> (<c>Mo-Fr</c>, <c>Mo,We,Fr</c>, <c>Su,PH</c>), then times or
/// <c>off</c>/<c>closed</c>; <c>24/7</c> alone. A rule with selectors and no times is open all day, as the
/// specification says. Not supported: ranges over midnight, week numbers, years, sunrise/sunset, comments,
/// <c>||</c> fallbacks and additional rules separated by commas. Public holidays are those of
/// <see cref="FrenchHolidays"/>.
/// </remarks>
public sealed class OpeningHours
{
    private readonly IReadOnlyList<HoursRule> _rules;

    private OpeningHours(IReadOnlyList<HoursRule> rules)
    {
        _rules = rules;
        Text = string.Join("; ", rules);
    }

    /// <summary>The source in canonical form (<c>Mo-Fr 09:00-12:00; PH off</c>), to store and parse again.</summary>
    public string Text { get; }

    public IReadOnlyList<HoursRule> Rules => _rules;

    /// <summary>
    /// Reads <paramref name="text"/>. On failure <paramref name="error"/> says, in French, what is wrong and where;
    /// nothing a person can type makes this method throw.
    /// </summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out OpeningHours? hours,
        [NotNullWhen(false)] out string? error
    )
    {
        hours = null;
        // An empty rule (a trailing ";") is harmless: people often end a list with a separator.
        var sources = (text ?? "").Split(';').Select(rule => rule.Trim()).Where(rule => rule.Length > 0).ToList();
        if (sources.Count == 0)
        {
            error = HoursErrors.Empty;
            return false;
        }
        var rules = new List<HoursRule>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (!RuleParser.TryParse(sources[i], out var rule, out var message))
            {
                error =
                    sources.Count == 1
                        ? HoursErrors.AsSentence(message)
                        : HoursErrors.InRule(i + 1, sources[i], message);
                return false;
            }
            rules.Add(rule);
        }
        hours = new OpeningHours(rules);
        error = null;
        return true;
    }

    /// <summary>
    /// The wall-clock intervals open on <paramref name="date"/>, in order. An interval that ends at 24:00 has
    /// <see cref="TimeOnly.MaxValue"/> as its end: <see cref="TimeOnly"/> cannot hold 24:00, and the last instant of
    /// the day keeps the intervals ordered and comparable.
    /// </summary>
    public IReadOnlyList<(TimeOnly From, TimeOnly To)> IntervalsOn(DateOnly date) =>
        RangesOn(date).Select(range => range.ToTimes()).ToList();

    public bool IsOpenAt(DateOnly date, TimeOnly time) => RangesOn(date).Any(range => range.Contains(time));

    /// <summary>The open ranges of a day in minutes, where 24:00 is plainly 1440.</summary>
    public IReadOnlyList<TimeRange> RangesOn(DateOnly date)
    {
        for (var i = _rules.Count - 1; i >= 0; i--)
        {
            if (_rules[i].Matches(date))
            {
                return _rules[i].OpenRanges();
            }
        }
        return [];
    }

    public override string ToString() => Text;
}
