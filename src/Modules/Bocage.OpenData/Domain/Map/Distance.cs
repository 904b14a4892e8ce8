using NetTopologySuite.Geometries;

namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// "What is within N km of this point", computed on the server with NetTopologySuite on both databases.
/// Positions are projected onto a local plane centred on the point (equirectangular), which is exact to
/// well under 1 % at the scale of the territory (a few tens of kilometres).
/// </summary>
internal static class Distance
{
    private const double EarthRadiusKm = 6371.0088;

    public static double Kilometres(double fromLat, double fromLon, double toLat, double toLon)
    {
        var origin = new Coordinate(0, 0);
        return origin.Distance(Project(fromLat, fromLon, toLat, toLon));
    }

    /// <summary>The items within the radius, nearest first, with their distance in kilometres.</summary>
    public static IReadOnlyList<(T Item, double Km)> Within<T>(
        IEnumerable<T> items,
        Func<T, (double Lat, double Lon)> position,
        double lat,
        double lon,
        double radiusKm
    )
    {
        var origin = new Point(0, 0);
        return items
            .Select(i => (Item: i, At: position(i)))
            .Select(x => (x.Item, Point: new Point(Project(lat, lon, x.At.Lat, x.At.Lon))))
            .Where(x => x.Point.IsWithinDistance(origin, radiusKm))
            .Select(x => (x.Item, Km: x.Point.Distance(origin)))
            .OrderBy(x => x.Km)
            .ToList();
    }

    private static Coordinate Project(double originLat, double originLon, double lat, double lon)
    {
        var radians = Math.PI / 180;
        var x = (lon - originLon) * radians * Math.Cos((lat + originLat) / 2 * radians) * EarthRadiusKm;
        var y = (lat - originLat) * radians * EarthRadiusKm;
        return new Coordinate(x, y);
    }
}
