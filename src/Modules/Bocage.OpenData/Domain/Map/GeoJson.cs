using System.Text.Json;

namespace Bocage.OpenData.Domain.Map;

/// <summary>Reads and writes RFC 7946 GeoJSON (WGS 84, longitude then latitude) without a GeoJSON library.</summary>
internal static class GeoJson
{
    /// <summary>Reads the exterior ring of a stored Polygon geometry, longitude then latitude.</summary>
    public static IReadOnlyList<(double Lon, double Lat)> ExteriorRing(string geometryJson)
    {
        using var document = JsonDocument.Parse(geometryJson);
        return document
            .RootElement.GetProperty("coordinates")[0]
            .EnumerateArray()
            .Select(p => (p[0].GetDouble(), p[1].GetDouble()))
            .ToList();
    }

    /// <summary>
    /// Where a stored geometry is drawn as a point and measured from: the point itself, or the mean of the
    /// positions of a line or polygon (close enough to its centre at the scale of a village).
    /// </summary>
    public static (double Lat, double Lon)? Anchor(string? geometryJson)
    {
        if (string.IsNullOrEmpty(geometryJson))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(geometryJson);
            var positions = new List<(double Lon, double Lat)>();
            Collect(document.RootElement.TryGetProperty("coordinates", out var c) ? c : default, positions);
            return positions.Count == 0 ? null : (positions.Average(p => p.Lat), positions.Average(p => p.Lon));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement coordinates, List<(double Lon, double Lat)> positions)
    {
        if (coordinates.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var items = coordinates.EnumerateArray().ToList();
        if (
            items.Count >= 2
            && items[0].ValueKind == JsonValueKind.Number
            && items[1].ValueKind == JsonValueKind.Number
        )
        {
            positions.Add((items[0].GetDouble(), items[1].GetDouble()));
            return;
        }
        foreach (var item in items)
        {
            Collect(item, positions);
        }
    }

    /// <summary>
    /// A FeatureCollection streamed to the writer: one feature per item, with a geometry and properties.
    /// </summary>
    public static void WriteCollection<T>(
        Utf8JsonWriter writer,
        IEnumerable<T> items,
        Action<Utf8JsonWriter, T> geometry,
        Action<Utf8JsonWriter, T> properties
    )
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WritePropertyName("geometry");
            geometry(writer, item);
            writer.WriteStartObject("properties");
            properties(writer, item);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WritePoint(Utf8JsonWriter writer, double latitude, double longitude)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(Math.Round(longitude, 6));
        writer.WriteNumberValue(Math.Round(latitude, 6));
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
