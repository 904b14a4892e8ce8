using System.Text.Json;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A GeoJSON FeatureCollection as a table: the properties are the columns, the geometry is kept aside.
/// </summary>
internal static class GeoJsonFile
{
    // The intercommunality and a margin around it (WGS 84): a point elsewhere is a mistake (swapped coordinates,
    // Lambert 93).
    private const double West = 3.7,
        East = 4.5,
        South = 49.8,
        North = 50.3;

    public static bool InTerritory(double lon, double lat) =>
        lon is >= West and <= East && lat is >= South and <= North;

    public static TabularFile Open(byte[] content, ReportMessages messages) =>
        Open(new MemoryStream(content), messages);

    // The document is parsed whole: features are nested in one array, not lines to read one by one.
    public static TabularFile Open(Stream content, ReportMessages messages)
    {
        JsonElement root;
        try
        {
            Span<byte> head = stackalloc byte[3];
            var bom =
                content.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3
                && head.SequenceEqual((byte[])[0xEF, 0xBB, 0xBF]);
            content.Position = bom ? 3 : 0;
            root = JsonDocument.Parse(content).RootElement;
        }
        catch (JsonException e)
        {
            return TabularFile.Fail(messages.BadGeoJson((e.LineNumber ?? 0) + 1));
        }
        if (
            root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var type)
            || type.GetString() != "FeatureCollection"
            || !root.TryGetProperty("features", out var features)
            || features.ValueKind != JsonValueKind.Array
        )
        {
            return TabularFile.Fail(messages.NotFeatureCollection);
        }
        var items = features.EnumerateArray().ToList();
        var headers = items
            .Where(f =>
                f.ValueKind == JsonValueKind.Object
                && f.TryGetProperty("properties", out var p)
                && p.ValueKind == JsonValueKind.Object
            )
            .SelectMany(f => f.GetProperty("properties").EnumerateObject().Select(p => p.Name))
            .Distinct()
            .ToList();
        return new TabularFile
        {
            Headers = headers,
            Rows = () => items.Select((f, i) => Row(f, i + 1, headers, messages)),
            Reading = messages.ReadingGeoJson(items.Count),
            IsGeographic = true,
        };
    }

    private static SourceRow Row(
        JsonElement feature,
        int number,
        IReadOnlyList<string> headers,
        ReportMessages messages
    )
    {
        var properties =
            feature.ValueKind == JsonValueKind.Object
            && feature.TryGetProperty("properties", out var p)
            && p.ValueKind == JsonValueKind.Object
                ? p
                : default;
        var cells = headers
            .Select(h =>
                properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(h, out var v) ? Text(v) : null
            )
            .ToList();
        if (
            feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("geometry", out var geometry)
            || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("coordinates", out var coordinates)
            || !geometry.TryGetProperty("type", out _)
        )
        {
            return new SourceRow(number, cells, null, messages.NoGeometry);
        }
        var positions = Positions(coordinates).ToList();
        if (positions.Count == 0)
        {
            return new SourceRow(number, cells, null, messages.NoCoordinates);
        }
        if (positions.Any(c => !InTerritory(c.Lon, c.Lat)))
        {
            return new SourceRow(number, cells, null, messages.Outside);
        }
        return new SourceRow(number, cells, geometry.GetRawText());
    }

    private static IEnumerable<(double Lon, double Lat)> Positions(JsonElement coordinates)
    {
        if (coordinates.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        var items = coordinates.EnumerateArray().ToList();
        if (
            items.Count >= 2
            && items[0].ValueKind == JsonValueKind.Number
            && items[1].ValueKind == JsonValueKind.Number
        )
        {
            yield return (items[0].GetDouble(), items[1].GetDouble());
            yield break;
        }
        foreach (var position in items.SelectMany(Positions))
        {
            yield return position;
        }
    }

    private static string? Text(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
}
