using System.Text;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>
/// Reads and checks the values a partner types or imports (CSV <c>indicateur;commune;periode;valeur</c>, UTF-8
/// with or without BOM, or Windows-1252). Returns every error with its line so the person can fix them all.
/// </summary>
internal static class ValueLineReader
{
    public const int MaxLines = 5000;

    public static (ValueLine? Line, string? Error) Read(
        string? indicator,
        string? commune,
        string? period,
        string? value,
        IReadOnlyList<Indicator> allowed,
        IReadOnlySet<string> communes
    )
    {
        var found = allowed.FirstOrDefault(i => i.Slug == indicator?.Trim());
        if (found is null)
        {
            return (null, "Observatory_ErrorIndicator");
        }
        var insee = commune?.Trim() ?? "";
        if (insee != ValueSubmissions.Intercommunality && !communes.Contains(insee))
        {
            return (null, "Observatory_ErrorCommune");
        }
        if (!Period.TryParse(period, out var parsed))
        {
            return (null, "Observatory_ErrorPeriod");
        }
        if (!ScaledNumber.TryParse(value, found.Scale, out var scaled))
        {
            return (null, "Observatory_ErrorValue");
        }
        return (new ValueLine(found, insee == ValueSubmissions.Intercommunality ? null : insee, parsed, scaled), null);
    }

    /// <summary>All the lines, or the list of (line number, error key) when any is wrong.</summary>
    public static (IReadOnlyList<ValueLine> Lines, IReadOnlyList<(int Line, string Error)> Errors) ReadCsv(
        byte[] content,
        IReadOnlyList<Indicator> allowed,
        IReadOnlySet<string> communes
    )
    {
        var text = Decode(content);
        var lines = new List<ValueLine>();
        var errors = new List<(int, string)>();
        var rows = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            if (
                string.IsNullOrWhiteSpace(rows[i])
                || (i == 0 && rows[i].StartsWith("indicateur", StringComparison.OrdinalIgnoreCase))
            )
            {
                continue;
            }
            var cells = rows[i].Split(rows[i].Contains(';') ? ';' : ',');
            if (cells.Length != 4)
            {
                errors.Add((i + 1, "Observatory_ErrorColumns"));
                continue;
            }
            var (line, error) = Read(cells[0], cells[1], cells[2], cells[3], allowed, communes);
            if (error is not null)
            {
                errors.Add((i + 1, error));
            }
            else
            {
                lines.Add(line!);
            }
        }
        if (lines.Count + errors.Count > MaxLines)
        {
            errors.Insert(0, (0, "Observatory_ErrorTooMany"));
        }
        if (lines.Count == 0 && errors.Count == 0)
        {
            errors.Add((0, "Observatory_ErrorEmpty"));
        }
        return (lines, errors);
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Spreadsheets on Windows save CSV in Windows-1252; Latin-1 reads the accents of the French names alike.
            return Encoding.Latin1.GetString(content);
        }
    }
}
