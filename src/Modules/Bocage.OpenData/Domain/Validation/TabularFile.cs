using MiniExcelLibs;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>A producer's file opened as a table: header, rows, and how it was read (for the report).</summary>
internal sealed class TabularFile
{
    public IReadOnlyList<string> Headers { get; init; } = [];

    public Func<IEnumerable<SourceRow>> Rows { get; init; } = () => [];

    /// <summary>
    /// What the report says of the reading, e.g. « encodage UTF-8, séparateur point-virgule » in French.
    /// </summary>
    public string Reading { get; init; } = "";

    /// <summary>Set when the file cannot be read at all; nothing else is then meaningful.</summary>
    public string? Fatal { get; init; }

    public bool IsGeographic { get; init; }

    public static TabularFile Fail(string message) => new() { Fatal = message };

    /// <summary>
    /// A stored file, read from disk: <paramref name="open"/> gives a new stream from its start for each
    /// pass (schema inference, validation, staging), so a CSV is never held in memory. A stored CSV is
    /// UTF-8 (the kernel's rule); <paramref name="encoding"/> names the encoding the producer sent.
    /// </summary>
    public static TabularFile Open(
        string format,
        Func<Stream> open,
        string encoding,
        ReportMessages messages,
        XlsxLimits? limits = null
    )
    {
        switch (format)
        {
            case "CSV":
                return PointColumns.Apply(
                    FromCsv(
                        () =>
                            new StreamReader(open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true),
                        encoding,
                        messages
                    ),
                    messages
                );
            case "XLSX":
                return PointColumns.Apply(FromXlsx(open, messages, limits ?? XlsxLimits.Default), messages);
            case "GeoJSON":
            {
                using var stream = open();
                return GeoJsonFile.Open(stream, messages);
            }
            default:
                return Fail(messages.UnknownFormat);
        }
    }

    public static TabularFile FromCsv(byte[] content, ReportMessages messages) =>
        FromCsv(() => new StringReader(TextDecoding.Decode(content)), TextDecoding.EncodingOf(content), messages);

    public static TabularFile FromCsv(Func<TextReader> open, string encoding, ReportMessages messages)
    {
        char separator;
        CsvRecord? header;
        using (var reader = open())
        {
            // The separator is told from the header line; 64 K characters are more than any header.
            var start = new char[65536];
            var length = reader.ReadBlock(start, 0, start.Length);
            separator = CsvText.DetectSeparator(new string(start, 0, length));
        }
        using (var reader = open())
        {
            header = CsvText.Read(reader, separator).FirstOrDefault();
        }
        if (header is null)
        {
            return Fail(messages.EmptyCsv);
        }
        return new TabularFile
        {
            Headers = header.Cells.Select(h => h.Trim()).ToList(),
            Rows = () => Records(open, separator),
            Reading = messages.ReadingCsv(encoding, separator),
        };
    }

    private static IEnumerable<SourceRow> Records(Func<TextReader> open, char separator)
    {
        using var reader = open();
        foreach (var record in CsvText.Read(reader, separator).Skip(1))
        {
            yield return new SourceRow(record.Line, record.Cells);
        }
    }

    public static TabularFile FromXlsx(byte[] content, ReportMessages messages) =>
        FromXlsx(() => new MemoryStream(content), messages, XlsxLimits.Default);

    /// <summary>
    /// A workbook, streamed: its zip directory is judged first (<see cref="XlsxPackage"/>), then one pass
    /// reads the header and counts the cells against the limit, and each later pass reads the rows anew,
    /// so the sheet is never held in memory.
    /// </summary>
    public static TabularFile FromXlsx(Func<Stream> open, ReportMessages messages, XlsxLimits limits)
    {
        try
        {
            using (var stream = open())
            {
                if (XlsxPackage.Problem(stream, limits, messages) is { } problem)
                {
                    return Fail(problem);
                }
            }
            List<string>? headers = null;
            var width = 0;
            long cells = 0;
            using (var stream = open())
            {
                foreach (var row in SheetRows(stream))
                {
                    if (headers is null)
                    {
                        headers = row.Select(h => h?.Trim() ?? "").ToList();
                        width = Math.Max(1, headers.FindLastIndex(h => h.Length > 0) + 1);
                    }
                    cells += width;
                    if (cells > limits.MaxCells)
                    {
                        return Fail(messages.XlsxTooManyCells(limits.MaxCells));
                    }
                }
            }
            if (headers is null)
            {
                return Fail(messages.EmptyXlsx);
            }
            return new TabularFile
            {
                Headers = headers.Take(width).ToList(),
                Rows = () => XlsxRecords(open, width),
                Reading = messages.ReadingXlsx,
            };
        }
        catch (Exception e)
            when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            return Fail(messages.UnreadableXlsx);
        }
    }

    private static IEnumerable<SourceRow> XlsxRecords(Func<Stream> open, int width)
    {
        using var stream = open();
        var line = 0;
        foreach (var row in SheetRows(stream))
        {
            line++;
            if (line > 1 && row.Take(width).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                yield return new SourceRow(line, row.Take(width).ToList());
            }
        }
    }

    private static IEnumerable<List<string?>> SheetRows(Stream stream) =>
        stream
            .Query(useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Cell(v)).ToList());

    private static string? Cell(object? value) =>
        value switch
        {
            null => null,
            DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd") : d.ToString("s"),
            double n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
}
