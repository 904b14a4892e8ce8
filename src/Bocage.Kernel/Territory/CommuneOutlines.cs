using System.Text;
using System.Text.Json;

namespace Bocage.Kernel.Territory;

/// <summary>
/// Reads the official outlines of the communes: a GeoJSON FeatureCollection in WGS 84 whose features carry the
/// INSEE code as <c>code</c>, as shipped in <c>Seed/communes.geojson</c> (IGN Admin Express, Licence Ouverte).
/// Each outline is kept as a GeoJSON Polygon with its positions unchanged; only the direction of the rings is
/// set to the one RFC 7946 requires (exterior counterclockwise, holes clockwise), because the IGN conversion
/// draws them the other way round.
/// </summary>
public static class CommuneOutlines
{
    /// <summary>The outline of each commune of the file, keyed by INSEE code, as a GeoJSON Polygon geometry.</summary>
    public static IReadOnlyDictionary<string, string> Read(TextReader reader)
    {
        using var document = JsonDocument.Parse(reader.ReadToEnd());
        var outlines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var insee = feature.GetProperty("properties").GetProperty("code").GetString()
                ?? throw new FormatException("A commune outline has no INSEE code.");
            var geometry = feature.GetProperty("geometry");
            // The map reads one exterior ring per commune: a commune in several pieces would need more than that.
            if (geometry.GetProperty("type").GetString() != "Polygon")
            {
                throw new FormatException($"The outline of {insee} is not a single Polygon.");
            }
            outlines[insee] = Polygon(geometry.GetProperty("coordinates"));
        }
        return outlines;
    }

    private static string Polygon(JsonElement rings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Polygon");
            writer.WriteStartArray("coordinates");
            var exterior = true;
            foreach (var ring in rings.EnumerateArray())
            {
                var positions = ring.EnumerateArray().ToList();
                if (TwiceSignedArea(positions) > 0 != exterior)
                {
                    positions.Reverse();
                }
                writer.WriteStartArray();
                positions.ForEach(p => p.WriteTo(writer));
                writer.WriteEndArray();
                exterior = false;
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The shoelace sum of a closed ring: positive when it turns counterclockwise (longitude east, latitude north).
    /// </summary>
    private static double TwiceSignedArea(List<JsonElement> ring) =>
        ring.Zip(ring.Skip(1))
            .Sum(p =>
                p.First[0].GetDouble() * p.Second[1].GetDouble() - p.Second[0].GetDouble() * p.First[1].GetDouble()
            );
}
