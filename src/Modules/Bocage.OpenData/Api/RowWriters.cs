using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Bocage.Kernel.Files;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Api;

/// <summary>
/// Writes rows to a stream (the response, or the export file of a published version) as the database
/// reader yields them, in UTF-8 bytes straight from each row's JSON (<see cref="RowScanner"/>), flushed
/// every 64 KB: memory stays flat whatever the size of the resource (XLSX too: the kernel's
/// <see cref="XlsxWriter"/> writes the zip forward, on a file before the response).
/// </summary>
internal static class RowWriters
{
    private const int FlushBytes = 64 * 1024;

    /// <summary>Excel's own limit, header included.</summary>
    public const int XlsxMaxRows = XlsxWriter.MaxRows - 1;

    public static async Task CsvAsync(
        Stream body,
        IReadOnlyList<SchemaField> fields,
        IAsyncEnumerable<StoredRow> rows,
        CancellationToken cancellationToken
    )
    {
        var pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(minimumBufferSize: FlushBytes, leaveOpen: true));
        using var scanner = new RowScanner(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            WriteCell(pipe, i > 0, Encoding.UTF8.GetBytes(fields[i].Name));
        }
        pipe.Write("\r\n"u8);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            scanner.Read(row.Data);
            for (var i = 0; i < scanner.Count; i++)
            {
                WriteCell(pipe, i > 0, scanner.Cell(i));
            }
            pipe.Write("\r\n"u8);
            if (pipe.UnflushedBytes >= FlushBytes)
            {
                await pipe.FlushAsync(cancellationToken);
            }
        }
        await pipe.CompleteAsync();
    }

    /// <summary>
    /// One CSV cell (RFC 4180): quoted, quotes doubled, when it holds a separator, a quote or a line break;
    /// a leading <c>'</c> when a spreadsheet would run it as a formula (<see cref="CsvCells"/>).
    /// </summary>
    private static void WriteCell(PipeWriter pipe, bool comma, ReadOnlySpan<byte> text)
    {
        var quoted = text.IndexOfAny(",\"\r\n"u8) >= 0;
        var neutralised = CsvCells.NeedsPrefix(text);
        var span = pipe.GetSpan(2 * text.Length + 4);
        var n = 0;
        if (comma)
        {
            span[n++] = (byte)',';
        }
        if (!quoted)
        {
            if (neutralised)
            {
                span[n++] = (byte)'\'';
            }
            text.CopyTo(span[n..]);
            pipe.Advance(n + text.Length);
            return;
        }
        span[n++] = (byte)'"';
        if (neutralised)
        {
            span[n++] = (byte)'\'';
        }
        foreach (var b in text)
        {
            if (b == (byte)'"')
            {
                span[n++] = b;
            }
            span[n++] = b;
        }
        span[n++] = (byte)'"';
        pipe.Advance(n);
    }

    public static async Task JsonAsync(
        Stream body,
        IReadOnlyList<SchemaField> fields,
        bool allFields,
        IAsyncEnumerable<StoredRow> rows,
        CancellationToken cancellationToken
    )
    {
        await using var writer = new Utf8JsonWriter(body);
        using var scanner = allFields ? null : new RowScanner(fields);
        writer.WriteStartArray();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(writer, fields, scanner, row);
            if (writer.BytesPending >= FlushBytes)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken);
    }

    public static async Task GeoJsonAsync(
        Stream body,
        IReadOnlyList<SchemaField> fields,
        bool allFields,
        IAsyncEnumerable<StoredRow> rows,
        CancellationToken cancellationToken
    )
    {
        await using var writer = new Utf8JsonWriter(body);
        using var scanner = allFields ? null : new RowScanner(fields);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WritePropertyName("geometry");
            if (row.Geometry is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(row.Geometry, skipInputValidation: true);
            }
            writer.WritePropertyName("properties");
            WriteRow(writer, fields, scanner, row);
            writer.WriteEndObject();
            if (writer.BytesPending >= FlushBytes)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// The workbook, on a seekable stream (a zip's directory comes last), at most Excel's number of rows.
    /// </summary>
    public static Task XlsxAsync(
        Stream seekable,
        IReadOnlyList<SchemaField> fields,
        IAsyncEnumerable<StoredRow> rows,
        CancellationToken cancellationToken
    ) =>
        XlsxWriter.WriteAsync(
            seekable,
            "Données",
            fields.Select(f => f.Name).ToList(),
            rows.Take(XlsxMaxRows).Select(r => Cells(fields, r)),
            cancellationToken
        );

    private static IReadOnlyList<object?> Cells(IReadOnlyList<SchemaField> fields, StoredRow row)
    {
        using var document = JsonDocument.Parse(row.Data);
        return fields.Select(f => Native(document.RootElement, f.Name)).ToList();
    }

    /// <summary>
    /// The row as it is stored when every field is wanted, else the wanted fields in their order (null when missing).
    /// </summary>
    private static void WriteRow(
        Utf8JsonWriter writer,
        IReadOnlyList<SchemaField> fields,
        RowScanner? scanner,
        StoredRow row
    )
    {
        if (scanner is null)
        {
            writer.WriteRawValue(row.Data, skipInputValidation: true);
            return;
        }
        scanner.Read(row.Data);
        writer.WriteStartObject();
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WritePropertyName(fields[i].Name);
            writer.WriteRawValue(scanner.Raw(i), skipInputValidation: true);
        }
        writer.WriteEndObject();
    }

    public static Dictionary<string, object?> ToDictionary(IReadOnlyList<SchemaField> fields, StoredRow row)
    {
        using var document = JsonDocument.Parse(row.Data);
        return fields.ToDictionary(f => f.Name, f => Native(document.RootElement, f.Name));
    }

    private static object? Native(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value)
            ? null
            : value.ValueKind switch
            {
                JsonValueKind.Number => value.TryGetInt64(out var l) ? l : value.GetDouble(),
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };

    public static string CellText(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value)
            ? ""
            : value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Null => "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };

    /// <summary>
    /// A cell as a person reads it in the preview: numbers in the page's culture and without the noise of binary
    /// fractions (« 49,993 », not « 49.992999999999995 »); downloads keep <see cref="CellText"/>.
    /// </summary>
    public static string DisplayText(JsonElement data, string name, System.Globalization.CultureInfo culture) =>
        data.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetDouble(out var number)
            ? number.ToString("G15", culture)
            : CellText(data, name);
}
