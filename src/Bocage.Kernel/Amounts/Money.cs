using System.Globalization;
using System.Text;

namespace Bocage.Kernel.Amounts;

/// <summary>
/// Euro amounts as integer cents, read from what people type and written the French way. Money never goes
/// through floating point, and every engine reads and writes amounts with these same rules.
/// </summary>
public static class Money
{
    /// <summary>French typography: a narrow no-break space between groups of thousands (« 1 234 »).</summary>
    public const char ThousandsSeparator = '\u202F';

    /// <summary>French typography: a no-break space before the currency sign, so « € » never starts a line.</summary>
    public const char SpaceBeforeEuro = '\u00A0';

    /// <summary>
    /// Up to 999 999 999 euros: larger figures are typing mistakes on a territory's services, and the limit keeps
    /// every sum of amounts far from overflowing.
    /// </summary>
    public const int MaxEuroDigits = 9;

    /// <summary>
    /// For people: « 1 234,50 € », « -3,00 € », whatever the page's language (amounts are in euros, in France).
    /// </summary>
    public static string Format(long cents) =>
        $"{Sign(cents)}{Group(Euros(cents))},{Cents(cents):D2}{SpaceBeforeEuro}€";

    /// <summary>
    /// For an input field: « 1234,50 », without grouping or sign of currency, so that it reads back unchanged.
    /// </summary>
    public static string ForInput(long cents) => $"{Sign(cents)}{Euros(cents)},{Cents(cents):D2}";

    /// <summary>For machines (CSV files, exports): « 1234.50 ».</summary>
    public static string Plain(long cents) => $"{Sign(cents)}{Euros(cents)}.{Cents(cents):D2}";

    /// <summary>
    /// Reads « 12 », « 12,5 », « 12,50 », « 12.50 », « 1 234,50 € », « €12 »: spaces of any kind are ignored, the
    /// decimal separator is a comma or a point, with one or two decimals. Refuses more than two decimals, a second
    /// separator (« 1.234,50 »), a missing integer part (« ,50 »), more than <see cref="MaxEuroDigits"/> digits of
    /// euros, and a leading minus unless <paramref name="allowNegative"/>.
    /// </summary>
    public static bool TryParse(string? text, out long cents, bool allowNegative = false)
    {
        cents = 0;
        var compact = WithoutSpaces(text);
        if (compact.EndsWith('€'))
        {
            compact = compact[..^1];
        }
        else if (compact.StartsWith('€'))
        {
            compact = compact[1..];
        }
        var negative = compact.StartsWith('-');
        if (negative && !allowNegative)
        {
            return false;
        }
        var parts = compact.TrimStart('-').Split(',', '.');
        if (
            compact.StartsWith("--", StringComparison.Ordinal)
            || parts.Length > 2
            || !IsDigits(parts[0], 1, MaxEuroDigits)
            || (parts.Length == 2 && !IsDigits(parts[1], 1, 2))
        )
        {
            return false;
        }
        var euros = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var fraction = parts.Length == 2 ? long.Parse(parts[1].PadRight(2, '0'), CultureInfo.InvariantCulture) : 0;
        cents = (negative ? -1 : 1) * (euros * 100 + fraction);
        return true;
    }

    private static string WithoutSpaces(string? text)
    {
        var kept = new StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? "")
        {
            // char.IsWhiteSpace covers the no-break and narrow no-break spaces French formatting puts in numbers.
            if (!char.IsWhiteSpace(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static bool IsDigits(string text, int min, int max) =>
        text.Length >= min && text.Length <= max && text.All(char.IsAsciiDigit);

    private static string Sign(long cents) => cents < 0 ? "-" : "";

    // Unsigned so that even long.MinValue has an absolute value.
    private static ulong Absolute(long cents) => cents < 0 ? (ulong)-(cents + 1) + 1 : (ulong)cents;

    private static string Euros(long cents) => (Absolute(cents) / 100).ToString(CultureInfo.InvariantCulture);

    private static ulong Cents(long cents) => Absolute(cents) % 100;

    private static string Group(string digits)
    {
        var grouped = new StringBuilder(digits.Length + digits.Length / 3);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(ThousandsSeparator);
            }
            grouped.Append(digits[i]);
        }
        return grouped.ToString();
    }
}
