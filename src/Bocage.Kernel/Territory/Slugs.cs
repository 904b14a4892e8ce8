using System.Text;

namespace Bocage.Kernel.Territory;

/// <summary>Readable, stable address parts: "Trélon" → "trelon", "Eppe-Sauvage" → "eppe-sauvage".</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var plain = Text.Accents.Remove(text);
        var sb = new StringBuilder(plain.Length);
        var dash = false;
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        return sb.ToString().TrimEnd('-');
    }
}
