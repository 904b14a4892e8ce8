using System.Globalization;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>Euros typed by a person (« 45 », « 45,00 », « 1 234,5 ») to integer cents, and back for display.</summary>
internal static class Euros
{
    public static bool TryParseCents(string? text, out long cents)
    {
        cents = 0;
        var clean = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '€').ToArray()).Replace(',', '.');
        if (clean.Length is 0 or > 15 || !decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros))
        {
            return false;
        }
        if (decimal.Round(euros, 2) != euros)
        {
            return false;
        }
        cents = (long)(euros * 100);
        return true;
    }

    public static string Format(long cents) =>
        (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
}
