using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bocage.Kernel.Files;

/// <summary>
/// Turns the name a browser sent into one that is safe to keep and show. Files are stored under a
/// random id, so the name never reaches a path; it is cleaned for the people and programs that read it.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 200;

    public const string Fallback = "fichier";

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("<>:\"/\\|?*");

    public static string Sanitise(string? declared)
    {
        // Some browsers send the whole client path, with either separator.
        var name = (declared ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                // Tabs and line breaks become one space: a name is one line, and words stay apart.
                if (clean.Length > 0 && clean[^1] != ' ')
                {
                    clean.Append(' ');
                }
            }
            // Format characters include the right-to-left override (U+202E) that shows "rapport<U+202E>fdp.exe" as
            // "rapportexe.pdf".
            else if (
                !char.IsControl(c)
                && char.GetUnicodeCategory(c) != UnicodeCategory.Format
                && !Forbidden.Contains(c)
            )
            {
                clean.Append(c);
            }
        }
        var result = clean.ToString().Trim(' ', '.');
        if (result.Length > MaxLength)
        {
            result = Shorten(result);
        }
        return result.Length == 0 ? Fallback : result;
    }

    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 20)
        {
            extension = "";
        }
        var stem = name[..(MaxLength - extension.Length)];
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }
        return stem.TrimEnd(' ', '.') + extension;
    }
}
