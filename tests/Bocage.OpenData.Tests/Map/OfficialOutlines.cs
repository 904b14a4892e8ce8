using System.Text.Json;
using Bocage.Kernel.Seed;
using NetTopologySuite.Geometries;

namespace Bocage.OpenData.Tests.Map;

/// <summary>
/// The official outlines as the shipped file holds them (IGN Admin Express), read here without the application's
/// own reader, so that a test comparing the application's outlines with these compares with the source.
/// </summary>
internal static class OfficialOutlines
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static IReadOnlyDictionary<string, Polygon> ByInsee()
    {
        using var reader = SeedFiles.Open("communes.geojson");
        using var document = JsonDocument.Parse(reader.ReadToEnd());
        return document
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .ToDictionary(
                f => f.GetProperty("properties").GetProperty("code").GetString()!,
                f => Polygon(f.GetProperty("geometry"))
            );
    }

    /// <summary>
    /// A GeoJSON Polygon geometry as a NetTopologySuite polygon (exterior ring only: the communes have no holes).
    /// </summary>
    public static Polygon Polygon(JsonElement geometry) =>
        Factory.CreatePolygon(
            geometry
                .GetProperty("coordinates")[0]
                .EnumerateArray()
                .Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble()))
                .ToArray()
        );
}
