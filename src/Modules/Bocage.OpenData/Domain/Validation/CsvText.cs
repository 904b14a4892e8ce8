namespace Bocage.OpenData.Domain.Validation;

/// <summary>A record of a CSV file: its cells and the line it starts on (quoted cells may span lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// Reads CSV as RFC 4180 says (quoted cells with doubled quotes and line breaks) with the separator
/// the file uses: semicolon (French spreadsheets), comma, tab or pipe, told from the header line.
/// </summary>
internal static class CsvText
{
    private static readonly char[] Candidates = [';', ',', '\t', '|'];

    /// <summary>The candidate found most often in the first line, outside quotes; comma when none is.</summary>
    public static char DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int>();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && Candidates.Contains(c))
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }
        return counts.Count == 0 ? ',' : counts.MaxBy(kv => kv.Value).Key;
    }

    public static IEnumerable<CsvRecord> Read(string text, char separator) => Read(new StringReader(text), separator);

    /// <summary>Record by record from the reader: a file of any size costs one record in memory.</summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader, char separator)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    cell.Append('"');
                    reader.Read();
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
                continue;
            }
            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                cells.Add(cell.ToString());
                cell.Clear();
                if (cells.Count > 1 || cells[0].Length > 0)
                {
                    yield return new CsvRecord(start, cells);
                }
                cells = [];
                line++;
                start = line;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return new CsvRecord(start, cells);
        }
    }
}
