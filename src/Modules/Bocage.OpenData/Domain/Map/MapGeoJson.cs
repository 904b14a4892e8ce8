using System.Text.Json;

namespace Bocage.OpenData.Domain.Map;

/// <summary>The map's layers as GeoJSON FeatureCollections.</summary>
internal static class MapGeoJson
{
    public static void WritePoints(Utf8JsonWriter writer, IEnumerable<(MapPoint Point, double? Km)> points) =>
        GeoJson.WriteCollection(
            writer,
            points,
            (w, p) => GeoJson.WritePoint(w, p.Point.Latitude, p.Point.Longitude),
            (w, p) =>
            {
                w.WriteString("nom", p.Point.Name);
                w.WriteString("commune", p.Point.CommuneName);
                w.WriteString("insee", p.Point.CommuneInsee);
                w.WriteString("categorie", p.Point.Category);
                w.WriteString("details", p.Point.Details);
                if (p.Km is { } km)
                {
                    w.WriteNumber("distance_km", Math.Round(km, 2));
                }
            }
        );

    /// <summary>Rows of a catalogue layer: their own columns as properties, plus the distance when asked.</summary>
    public static void WriteRows(Utf8JsonWriter writer, IEnumerable<(LayerFeature Feature, double? Km)> features) =>
        GeoJson.WriteCollection(
            writer,
            features,
            (w, f) => w.WriteRawValue(f.Feature.Geometry),
            (w, f) =>
            {
                using (var data = JsonDocument.Parse(f.Feature.Data))
                {
                    foreach (var property in data.RootElement.EnumerateObject())
                    {
                        property.WriteTo(w);
                    }
                }
                if (f.Km is { } km)
                {
                    w.WriteNumber("distance_km", Math.Round(km, 2));
                }
            }
        );

    public static void WriteCommunes(Utf8JsonWriter writer, IReadOnlyList<CommuneShape> shapes)
    {
        GeoJson.WriteCollection(writer, shapes, WritePolygon, (w, s) =>
        {
            w.WriteString("nom", s.Name);
            w.WriteString("insee", s.Insee);
            w.WriteString("lien", $"/observatoire/communes/{s.Slug}");
            if (s.Value is { } value)
            {
                w.WriteNumber("valeur", value);
                w.WriteString("valeur_affichee", s.Display);
                w.WriteString("couleur", s.Colour);
            }
        });
    }

    private static void WritePolygon(Utf8JsonWriter w, CommuneShape shape)
    {
        w.WriteStartObject();
        w.WriteString("type", "Polygon");
        w.WriteStartArray("coordinates");
        w.WriteStartArray();
        foreach (var (lon, lat) in shape.Ring)
        {
            w.WriteStartArray();
            w.WriteNumberValue(lon);
            w.WriteNumberValue(lat);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
