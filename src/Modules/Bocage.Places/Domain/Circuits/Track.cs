namespace Bocage.Places.Domain.Circuits;

/// <summary>
/// What a track measures: its length on the sphere (haversine, enough at the scale of a walk: the error against the
/// ellipsoid stays under 0.5 %), the climb and descent, and the distance at each point for the elevation profile.
/// </summary>
internal static class Track
{
    private const double EarthRadiusMetres = 6_371_008.8;

    // Elevation noise under this is not a climb: GPS and DEM tracks jitter by a few metres on the flat.
    private const double ClimbThresholdMetres = 2;

    public static double Metres(TrackPoint a, TrackPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h =
            Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The distance from the start at each point, in metres.</summary>
    public static double[] CumulativeMetres(IReadOnlyList<TrackPoint> points)
    {
        var distances = new double[points.Count];
        for (var i = 1; i < points.Count; i++)
        {
            distances[i] = distances[i - 1] + Metres(points[i - 1], points[i]);
        }
        return distances;
    }

    public static double LengthMetres(IReadOnlyList<TrackPoint> points) =>
        points.Count < 2 ? 0 : CumulativeMetres(points)[^1];

    /// <summary>Total climb and descent in metres, counting a change only once it passes the noise threshold.</summary>
    public static (double Climb, double Descent) ClimbAndDescent(IReadOnlyList<TrackPoint> points)
    {
        double climb = 0,
            descent = 0;
        double? reference = null;
        foreach (var point in points)
        {
            if (point.Elevation is not { } elevation)
            {
                continue;
            }
            if (reference is not { } last)
            {
                reference = elevation;
                continue;
            }
            var change = elevation - last;
            if (Math.Abs(change) < ClimbThresholdMetres)
            {
                continue;
            }
            if (change > 0)
            {
                climb += change;
            }
            else
            {
                descent -= change;
            }
            reference = elevation;
        }
        return (climb, descent);
    }
}
