using System.Globalization;

namespace Bocage.Kernel.Hours;

/// <summary>
/// The optional dates that open a rule: <c>Aug</c>, <c>Jul-Aug</c>, <c>Dec 25</c>, <c>Dec 24-26</c>,
/// <c>Dec 24-Jan 02</c>, or a comma-separated list of those.
/// </summary>
internal sealed partial class RuleParser
{
    private bool Dates(List<DateSpan> dates)
    {
        while (Current is { Kind: TokenKind.Word } word && DateSpan.ParseMonth(word.Text) is { } month)
        {
            Take();
            if (!DayOfMonth(month, out var day) || !DateRange(month, day, out var span))
            {
                return false;
            }
            dates.Add(span);
            if (
                Current is not { Kind: TokenKind.Comma }
                || Peek(1) is not { Kind: TokenKind.Word } next
                || DateSpan.ParseMonth(next.Text) is null
            )
            {
                return true;
            }
            Take();
        }
        return true;
    }

    /// <summary>The end of a date range, if a dash follows the start; a single date or month otherwise.</summary>
    private bool DateRange(int month, int? day, out DateSpan span)
    {
        span = new DateSpan(month, day, month, day);
        if (Current is not { Kind: TokenKind.Dash })
        {
            return true;
        }
        Take();
        int endMonth;
        if (Current is { Kind: TokenKind.Word } word && DateSpan.ParseMonth(word.Text) is { } named)
        {
            Take();
            endMonth = named;
        }
        else if (Current is { Kind: TokenKind.Number } && day is not null)
        {
            // Dec 24-26: the end is in the start's month.
            endMonth = month;
        }
        else if (Current is { Kind: TokenKind.Number } dayOnly)
        {
            return Fail(HoursErrors.HalfDated($"{DateSpan.Format(month, null)}-{dayOnly.Text}"));
        }
        else
        {
            return FailOn(Current);
        }
        if (!DayOfMonth(endMonth, out var endDay))
        {
            return false;
        }
        span = new DateSpan(month, day, endMonth, endDay);
        if ((day is null) != (endDay is null))
        {
            // Jul 14-Aug would have to guess whether the end is the 1st or the 31st: ask for both or neither.
            return Fail(HoursErrors.HalfDated(span.ToString()));
        }
        if (month == endMonth && day > endDay)
        {
            // Dec 26-24 would wrap over a whole year, which is surely a typo.
            return Fail(HoursErrors.Backwards(span.ToString()));
        }
        return true;
    }

    /// <summary>The day number after a month, if any; 29 February is accepted (it exists in leap years).</summary>
    private bool DayOfMonth(int month, out int? day)
    {
        day = null;
        if (Current is not { Kind: TokenKind.Number } number)
        {
            return true;
        }
        Take();
        // Two digits at most, so the parse cannot overflow.
        var value = number.Text.Length <= 2 ? int.Parse(number.Text, CultureInfo.InvariantCulture) : 0;
        if (value < 1 || value > DateTime.DaysInMonth(2000, month))
        {
            return Fail(HoursErrors.NoSuchDate($"{DateSpan.Format(month, null)} {number.Text}"));
        }
        day = value;
        return true;
    }
}
