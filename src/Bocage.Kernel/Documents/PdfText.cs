using System.Text;

namespace Bocage.Kernel.Documents;

/// <summary>
/// Makes user text printable: control characters and broken surrogates are dropped, tabs become spaces.
/// </summary>
internal static class PdfText
{
    /// <summary>One line of text: line breaks become spaces.</summary>
    public static string Line(string? text) => Clean(text, keepLineBreaks: false);

    /// <summary>Text that may span lines: returns its lines (\r\n, \r and \n all break).</summary>
    public static IReadOnlyList<string> Lines(string? text) => Clean(text, keepLineBreaks: true).Split('\n');

    private static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                builder.Append(keepLineBreaks ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
