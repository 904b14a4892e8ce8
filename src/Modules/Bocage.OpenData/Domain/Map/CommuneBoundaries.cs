using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;

namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// Simplified demo boundaries of the twelve communes, built without any outside data: the approximate
/// centre of each village (read from a map, to about a kilometre) seeds a Voronoi tessellation, clipped
/// to an approximate outline of the intercommunality (the hull of the centres widened by about 3 km).
/// They are NOT the official boundaries (IGN ADMIN EXPRESS should replace them); see docs/observatory.md.
/// </summary>
internal static class CommuneBoundaries
{
    /// <summary>INSEE code, approximate latitude and longitude of the village centre (WGS 84).</summary>
    public static readonly IReadOnlyList<(string Insee, double Latitude, double Longitude)> Centres =
    [
        ("59249", 50.0167, 4.0500), // Fourmies
        ("59012", 49.9890, 4.1010), // Anor
        ("59045", 50.0590, 4.1940), // Baives
        ("59198", 50.1150, 4.1740), // Eppe-Sauvage
        ("59229", 50.0440, 3.9960), // Féron
        ("59261", 50.0590, 4.0560), // Glageon
        ("59420", 50.0860, 4.2150), // Moustier-en-Fagne
        ("59445", 50.0380, 4.1100), // Ohain
        ("59601", 50.0600, 4.1020), // Trélon
        ("59633", 50.0700, 4.1650), // Wallers-en-Fagne
        ("59659", 50.0160, 4.0100), // Wignehies
        ("59661", 50.1120, 4.1070), // Willies
    ];

    private const double OutlineMarginDegrees = 0.03;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(1e6), 4326);

    /// <summary>One polygon per commune, keyed by INSEE code; they tile the outline without overlapping.</summary>
    public static IReadOnlyDictionary<string, Polygon> Build()
    {
        var points = Centres.Select(c => new Coordinate(c.Longitude, c.Latitude)).ToArray();
        var outline = Factory.CreateMultiPointFromCoords(points).ConvexHull().Buffer(OutlineMarginDegrees, 2);
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(points);
        builder.ClipEnvelope = outline.EnvelopeInternal;
        var cells = builder.GetDiagram(Factory);
        var result = new Dictionary<string, Polygon>();
        foreach (var cell in cells.Geometries)
        {
            var site = (Coordinate)cell.UserData;
            var centre = Centres.First(c => Math.Abs(c.Longitude - site.X) < 1e-9 && Math.Abs(c.Latitude - site.Y) < 1e-9);
            var clipped = cell.Intersection(outline);
            result[centre.Insee] = clipped as Polygon ?? (Polygon)((MultiPolygon)clipped).Geometries.OrderByDescending(g => g.Area).First();
        }
        return result;
    }

    /// <summary>The polygon as a GeoJSON geometry (longitude first, as RFC 7946 says).</summary>
    public static string ToGeoJson(Polygon polygon) => GeoJson.Geometry(polygon);
}
