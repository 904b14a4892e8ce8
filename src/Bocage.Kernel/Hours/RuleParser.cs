using System.Diagnostics.CodeAnalysis;

namespace Bocage.Kernel.Hours;

/// <summary>
/// Reads one rule (the text between two <c>;</c>): <c>[dates] [weekdays] (times | off)</c>, or <c>24/7</c>. Each
/// step returns false after recording the first error, so a fault is reported where it is, never thrown.
/// </summary>
internal sealed partial class RuleParser
{
    private readonly string _rule;
    private readonly IReadOnlyList<HoursToken> _tokens;
    private int _position;
    private string? _error;

    private RuleParser(string rule)
    {
        _rule = rule;
        _tokens = HoursLexer.Tokens(rule);
    }

    public static bool TryParse(
        string rule,
        [NotNullWhen(true)] out HoursRule? parsed,
        [NotNullWhen(false)] out string? error
    )
    {
        var parser = new RuleParser(rule);
        if (parser.Rule(out parsed))
        {
            error = null;
            return true;
        }
        error = parser._error ?? HoursErrors.Unexpected(rule);
        return false;
    }

    private HoursToken? Current => Peek(0);

    private HoursToken? Peek(int ahead) => _position + ahead < _tokens.Count ? _tokens[_position + ahead] : null;

    private HoursToken Take() => _tokens[_position++];

    private bool Fail(string message)
    {
        _error = message;
        return false;
    }

    private bool FailOn(HoursToken? token) =>
        Fail(token is { } t ? HoursErrors.Unexpected(t.Text) : HoursErrors.Incomplete(_rule));

    private bool Rule([NotNullWhen(true)] out HoursRule? rule)
    {
        rule = null;
        if (IsTwentyFourSeven())
        {
            _position += 3;
            if (Current is not null)
            {
                return Fail(HoursErrors.AlwaysAlone);
            }
            rule = HoursRule.TwentyFourSeven;
            return true;
        }
        var dates = new List<DateSpan>();
        var days = new List<DaySpan>();
        if (!Dates(dates) || !Days(days, out var holidays))
        {
            return false;
        }
        var times = new List<TimeRange>();
        var closed = false;
        if (Current is { Kind: TokenKind.Word } word && IsOff(word.Text))
        {
            Take();
            closed = true;
            if (Current is { } extra)
            {
                return Fail(HoursErrors.Extra(extra.Text, "off"));
            }
        }
        else if (Current is not null && !Times(times))
        {
            return false;
        }
        rule = new HoursRule(dates, days, holidays, times, closed, AlwaysOpen: false);
        return true;
    }

    private bool IsTwentyFourSeven() =>
        Current is { Kind: TokenKind.Number, Text: "24" }
        && Peek(1) is { Kind: TokenKind.Slash }
        && Peek(2) is { Kind: TokenKind.Number, Text: "7" };

    private static bool IsOff(string word) =>
        word.Equals("off", StringComparison.OrdinalIgnoreCase)
        || word.Equals("closed", StringComparison.OrdinalIgnoreCase);

    private static bool IsHoliday(string word) => word.Equals("PH", StringComparison.OrdinalIgnoreCase);

    /// <summary>Optional weekdays and PH, as a comma-separated list of days and day ranges.</summary>
    private bool Days(List<DaySpan> days, out bool holidays)
    {
        holidays = false;
        if (Current is not { Kind: TokenKind.Word } first || IsOff(first.Text))
        {
            return true;
        }
        while (true)
        {
            var word = Take().Text;
            if (IsHoliday(word))
            {
                holidays = true;
                if (Current is { Kind: TokenKind.Dash })
                {
                    return Fail(HoursErrors.HolidayInRange);
                }
            }
            else if (DaySpan.Parse(word) is { } day)
            {
                if (!DayRangeEnd(day, out var last))
                {
                    return false;
                }
                days.Add(new DaySpan(day, last));
            }
            else
            {
                return Fail(UnknownWord(word));
            }
            if (Current is not { Kind: TokenKind.Comma } || Peek(1) is not { Kind: TokenKind.Word })
            {
                return true;
            }
            Take();
        }
    }

    private bool DayRangeEnd(DayOfWeek first, out DayOfWeek last)
    {
        last = first;
        if (Current is not { Kind: TokenKind.Dash })
        {
            return true;
        }
        Take();
        if (Current is not { Kind: TokenKind.Word } end)
        {
            return FailOn(Current);
        }
        Take();
        if (DaySpan.Parse(end.Text) is { } day)
        {
            last = day;
            return true;
        }
        return Fail(IsHoliday(end.Text) ? HoursErrors.HolidayInRange : UnknownWord(end.Text));
    }

    /// <summary>
    /// A word that cannot stand where it is: a month written after the days, a known word out of place, a misspelt
    /// month (it is followed by a day number), or else a misspelt day.
    /// </summary>
    private string UnknownWord(string word)
    {
        if (DateSpan.ParseMonth(word) is not null)
        {
            return HoursErrors.MonthAfterDays(word);
        }
        if (DaySpan.Parse(word) is not null || IsHoliday(word) || IsOff(word))
        {
            // A known word in the wrong place (Mo Sa, 09:00-12:00,off): saying it is not a day would be false.
            return HoursErrors.Unexpected(word);
        }
        return Current is { Kind: TokenKind.Number } ? HoursErrors.NotAMonth(word) : HoursErrors.NotADay(word);
    }
}
