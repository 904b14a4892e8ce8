using System.Text;
using System.Text.Json;
using Bocage.Data.Catalogue;
using Bocage.Data.Validation;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace Bocage.Data.Api;

/// <summary>
/// Writes rows to the response as the database reader yields them, flushing every few hundred rows:
/// memory stays flat whatever the size of the resource (XLSX excepted: a workbook is a zip, written to
/// a temporary file first).
/// </summary>
internal static class RowWriters
{
    private const int FlushEvery = 500;

    /// <summary>Excel's own limit, header included.</summary>
    public const int XlsxMaxRows = 1_048_575;

    public static async Task CsvAsync(Stream body, IReadOnlyList<SchemaField> fields, IAsyncEnumerable<StoredRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 65536, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', fields.Select(f => Quote(f.Name))));
        var count = 0;
        var line = new StringBuilder();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            using var document = JsonDocument.Parse(row.Data);
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }
                line.Append(Quote(CellText(document.RootElement, fields[i].Name)));
            }
            await writer.WriteLineAsync(line, cancellationToken);
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
    }

    public static async Task JsonAsync(Stream body, IReadOnlyList<SchemaField> fields, bool allFields, IAsyncEnumerable<StoredRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(writer, fields, allFields, row);
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken);
    }

    public static async Task GeoJsonAsync(Stream body, IReadOnlyList<SchemaField> fields, bool allFields, IAsyncEnumerable<StoredRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        var count = 0;
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
            WriteRow(writer, fields, allFields, row);
            writer.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    public static async Task XlsxAsync(HttpResponse response, IReadOnlyList<SchemaField> fields, IAsyncEnumerable<StoredRow> rows, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.xlsx");
        try
        {
            var table = rows.Take(XlsxMaxRows).ToBlockingEnumerable(cancellationToken).Select(r => ToDictionary(fields, r));
            await Task.Run(() => MiniExcel.SaveAs(path, table), cancellationToken);
            await response.SendFileAsync(path, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<SchemaField> fields, bool allFields, StoredRow row)
    {
        if (allFields)
        {
            writer.WriteRawValue(row.Data, skipInputValidation: true);
            return;
        }
        using var document = JsonDocument.Parse(row.Data);
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            if (document.RootElement.TryGetProperty(field.Name, out var value))
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
        writer.WriteEndObject();
    }

    public static Dictionary<string, object?> ToDictionary(IReadOnlyList<SchemaField> fields, StoredRow row)
    {
        using var document = JsonDocument.Parse(row.Data);
        return fields.ToDictionary(f => f.Name, f => Native(document.RootElement, f.Name));
    }

    private static object? Native(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var l) ? l : value.GetDouble(),
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    public static string CellText(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value) ? "" : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null => "",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
