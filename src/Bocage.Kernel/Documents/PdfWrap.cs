namespace Bocage.Kernel.Documents;

/// <summary>Word wrapping against a measuring function (XGraphics measures text in the font actually drawn).</summary>
internal static class PdfWrap
{
    /// <summary>Lines no wider than <paramref name="width"/>; a word longer than a line is cut across lines.</summary>
    public static IReadOnlyList<string> Lines(string text, Func<string, double> measure, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (measure(candidate) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = CutLongWord(word, measure, width, lines);
        }

        lines.Add(current);
        return lines;
    }

    private static string CutLongWord(string word, Func<string, double> measure, double width, List<string> lines)
    {
        var rest = word;
        while (rest.Length > 1 && measure(rest) > width)
        {
            // Start from a proportional estimate, then adjust by one character: words are short, this stays cheap.
            var take = Math.Clamp((int)(rest.Length * width / measure(rest)), 1, rest.Length - 1);
            while (take > 1 && measure(rest[..take]) > width)
            {
                take--;
            }

            while (take + 1 < rest.Length && measure(rest[..(take + 1)]) <= width)
            {
                take++;
            }

            // Never split a surrogate pair (emoji, rare scripts) between two lines.
            if (char.IsHighSurrogate(rest[take - 1]))
            {
                take = take > 1 ? take - 1 : take + 1;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }
}
