using System.Globalization;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>Euros typed by a person (<c>12</c>, <c>12,5</c>, <c>1 234,56 €</c>) to integer cents, and back.</summary>
internal static class Money
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static long? ParseCents(string text)
    {
        var compact = new string(text.Where(c => c is not (' ' or '\u00a0' or '\u202f' or '€')).ToArray()).Replace('.', ',');
        if (compact.Length is 0 or > 15)
        {
            return null;
        }
        var negative = compact.StartsWith('-');
        var parts = compact.TrimStart('-').Split(',');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts.All(p => p.All(char.IsAsciiDigit)) || (parts.Length == 2 && parts[1].Length is 0 or > 2))
        {
            return null;
        }
        var cents = long.Parse(parts[0], CultureInfo.InvariantCulture) * 100 + (parts.Length == 2 ? long.Parse(parts[1].PadRight(2, '0'), CultureInfo.InvariantCulture) : 0);
        return negative ? -cents : cents;
    }

    public static string Format(long cents) => (cents / 100m).ToString("#,##0.00", French) + " €";
}
