using System.Globalization;

namespace Bocage.Kernel.Territory;

/// <summary>
/// A commune's colour as typed by an agent (« #1B5E20 », « 1b5e20 »), kept only when text and borders drawn in it stay
/// readable on the white page: WCAG 2.2's contrast ratio of at least 4.5 to 1 (success criteria 1.4.3 and 1.4.11),
/// which RGAA 4.1 takes up in its criteria 3.2 and 3.3.
/// </summary>
public static class IdentityColour
{
    public const double MinimumContrast = 4.5;

    /// <summary>« #rrggbb » in lower case, or null when the text is no colour of that form.</summary>
    public static string? Normalise(string? typed)
    {
        var text = typed?.Trim().TrimStart('#') ?? "";
        if (
            text.Length != 6
            || !int.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)
        )
        {
            return null;
        }
        return "#" + text.ToLowerInvariant();
    }

    /// <summary>The contrast ratio of a normalised colour with white, from 1 (white) to 21 (black).</summary>
    public static double ContrastWithWhite(string colour)
    {
        var rgb = int.Parse(colour.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var luminance =
            0.2126 * Linear((rgb >> 16) & 0xff) + 0.7152 * Linear((rgb >> 8) & 0xff) + 0.0722 * Linear(rgb & 0xff);
        return 1.05 / (luminance + 0.05);
    }

    // sRGB to linear light, as WCAG defines relative luminance.
    private static double Linear(int channel)
    {
        var c = channel / 255d;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
