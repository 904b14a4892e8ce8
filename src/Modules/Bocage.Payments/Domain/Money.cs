using System.Globalization;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Imports;
using Bocage.Payments.Domain.Settlement;
using Bocage.Payments.Domain.Receipts;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Jobs;

namespace Bocage.Payments.Domain;

/// <summary>Euro cents to and from text; money never goes through floating point.</summary>
internal static class Money
{
    public static string Format(long cents, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var sign = cents < 0 ? "-" : "";
        var abs = Math.Abs(cents);
        var euros = (abs / 100).ToString("N0", culture);
        return $"{sign}{euros}{culture.NumberFormat.NumberDecimalSeparator}{abs % 100:D2} €";
    }

    /// <summary>Plain figures for CSV files: <c>1234.50</c>.</summary>
    public static string Plain(long cents) =>
        $"{(cents < 0 ? "-" : "")}{Math.Abs(cents) / 100}.{Math.Abs(cents) % 100:D2}";

    /// <summary>Reads "12", "12,5", "12,50", "12.50", "1 234,50 €"; refuses more than two decimals and negative amounts.</summary>
    public static bool TryParse(string? text, out long cents)
    {
        cents = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '€' && c != '\u202f').ToArray()).Replace(',', '.');
        var parts = cleaned.Split('.');
        if (parts.Length > 2 || parts[0].Length is 0 or > 9 || !parts[0].All(char.IsAsciiDigit))
        {
            return false;
        }
        var decimals = parts.Length == 2 ? parts[1] : "";
        if (decimals.Length > 2 || !decimals.All(char.IsAsciiDigit))
        {
            return false;
        }
        cents = long.Parse(parts[0], CultureInfo.InvariantCulture) * 100 + (decimals.Length == 0 ? 0 : int.Parse(decimals.PadRight(2, '0'), CultureInfo.InvariantCulture));
        return true;
    }
}
