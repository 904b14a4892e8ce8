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

    /// <summary>
    /// A new address part from a name that no one holds yet: the name's slug, cut to leave room for a suffix, then
    /// « -2 », « -3 »… while taken; <paramref name="fallback"/> when the name has no letter or digit.
    /// </summary>
    public static string FirstFree(string name, IReadOnlyCollection<string> taken, int maxLength, string fallback)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var root = From(name);
        root = root.Length == 0 ? fallback : root[..Math.Min(root.Length, maxLength - 4)];
        var slug = root;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{root}-{n}";
        }
        return slug;
    }
}
