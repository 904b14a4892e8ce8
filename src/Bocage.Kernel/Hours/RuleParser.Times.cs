using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Bocage.Kernel.Hours;

/// <summary>The times of a rule: <c>09:00-12:00,14:00-17:30</c>, with 24:00 allowed as an end.</summary>
internal sealed partial class RuleParser
{
    /// <summary>Comma-separated time ranges, which must be the end of the rule.</summary>
    private bool Times(List<TimeRange> times)
    {
        while (true)
        {
            if (IsTwentyFourSeven())
            {
                return Fail(HoursErrors.AlwaysAlone);
            }
            if (Current is { Kind: TokenKind.Word } word)
            {
                Take();
                return Fail(UnknownWord(word.Text));
            }
            if (!ReadRange(out var range))
            {
                return false;
            }
            times.Add(range);
            if (Current is not { Kind: TokenKind.Comma })
            {
                break;
            }
            Take();
        }
        if (Current is { } extra)
        {
            return Fail(HoursErrors.Extra(extra.Text, times[^1].ToString()));
        }
        times.Sort((a, b) => a.FromMinutes.CompareTo(b.FromMinutes));
        for (var i = 1; i < times.Count; i++)
        {
            // Touching ranges (09:00-12:00,12:00-14:00) are allowed; only a real overlap is ambiguous.
            if (times[i].FromMinutes < times[i - 1].ToMinutes)
            {
                return Fail(HoursErrors.Overlap(times[i - 1].ToString(), times[i].ToString()));
            }
        }
        return true;
    }

    private bool ReadRange([NotNullWhen(true)] out TimeRange? range)
    {
        range = null;
        if (Current is not { Kind: TokenKind.Clock } fromToken)
        {
            return NotAClock();
        }
        Take();
        if (!Clock(fromToken.Text, isEnd: false, out var from))
        {
            return false;
        }
        if (Current is not { Kind: TokenKind.Dash })
        {
            return Fail(HoursErrors.NoEnd(TimeRange.Clock(from)));
        }
        Take();
        if (Current is not { Kind: TokenKind.Clock } toToken)
        {
            return Current is null ? Fail(HoursErrors.NoEnd(TimeRange.Clock(from))) : NotAClock();
        }
        Take();
        if (!Clock(toToken.Text, isEnd: true, out var to))
        {
            return false;
        }
        var text = new TimeRange(from, to).ToString();
        if (to <= from)
        {
            // Ranges over midnight (22:00-02:00) are not supported: a reversed range is far more often a typo.
            return Fail(to == from ? HoursErrors.EmptyRange(text) : HoursErrors.Backwards(text));
        }
        range = new TimeRange(from, to);
        return true;
    }

    /// <summary>
    /// Something that starts like a time (9h, 10:00+) is a malformed time; anything else is just not understood.
    /// </summary>
    private bool NotAClock() =>
        Current is { } token && char.IsAsciiDigit(token.Text[0])
            ? Fail(HoursErrors.NotAClock(token.Text))
            : FailOn(Current);

    private bool Clock(string text, bool isEnd, out int minutes)
    {
        var colon = text.IndexOf(':');
        var hour = int.Parse(text[..colon], CultureInfo.InvariantCulture);
        var minute = int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture);
        minutes = (hour * 60) + minute;
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
        {
            return Fail(HoursErrors.NoSuchClock(text));
        }
        return hour < 24 || isEnd || Fail(HoursErrors.MidnightEndsOnly);
    }
}
