using System.Globalization;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>Reads and writes figures kept as integers times 10^scale, in French or with a point.</summary>
internal static class ScaledNumber
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static bool TryParse(string? text, int scale, out long scaled)
    {
        scaled = 0;
        var cleaned = (text ?? "")
            .Trim()
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal)
            .Replace(',', '.');
        if (
            !decimal.TryParse(
                cleaned,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var value
            )
        )
        {
            return false;
        }
        var factor = Pow10(scale);
        var shifted = value * factor;
        if (shifted != decimal.Truncate(shifted) || Math.Abs(shifted) > long.MaxValue / 10)
        {
            return false;
        }
        scaled = (long)shifted;
        return true;
    }

    public static decimal ToDecimal(long scaled, int scale) => scaled / Pow10(scale);

    public static double ToDouble(long scaled, int scale) => (double)ToDecimal(scaled, scale);

    /// <summary>French display with the indicator's decimals: 12 119 ; 71,5.</summary>
    public static string Format(long scaled, int scale) =>
        ToDecimal(scaled, scale).ToString("N" + scale.ToString(CultureInfo.InvariantCulture), French);

    private static decimal Pow10(int scale)
    {
        decimal factor = 1;
        for (var i = 0; i < scale; i++)
        {
            factor *= 10;
        }
        return factor;
    }
}
