using System.Globalization;

namespace Bocage.Places.Domain.Circuits;

/// <summary>
/// The elevation profile of a track, drawn on the server as an SVG polyline (no JavaScript, a few hundred bytes)
/// and given as a table of samples for screen readers and text browsers: the same figures, two ways.
/// </summary>
internal sealed record ElevationProfile(
    string Polyline,
    double MinElevation,
    double MaxElevation,
    double LengthMetres,
    IReadOnlyList<(double Metres, double Elevation)> Samples
)
{
    public const int Width = 600;
    public const int Height = 160;

    // At most this many vertices are drawn: a 10,000-point track would weigh 100 kB of SVG for no visible gain.
    private const int MaxVertices = 300;

    /// <summary>Null when the track carries no elevations.</summary>
    public static ElevationProfile? Of(IReadOnlyList<TrackPoint> points, int sampleCount = 11)
    {
        var distances = Track.CumulativeMetres(points);
        var known = points
            .Select((p, i) => (Metres: distances[i], p.Elevation))
            .Where(x => x.Elevation is not null)
            .Select(x => (x.Metres, Elevation: x.Elevation!.Value))
            .ToList();
        if (known.Count < 2)
        {
            return null;
        }
        var length = known[^1].Metres;
        var min = known.Min(x => x.Elevation);
        var max = known.Max(x => x.Elevation);
        var span = Math.Max(max - min, 10);
        var step = Math.Max(1, known.Count / MaxVertices);
        var vertices = known
            .Where((_, i) => i % step == 0 || i == known.Count - 1)
            .Select(x =>
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(length == 0 ? 0 : x.Metres / length * Width):0.#},{Height - (x.Elevation - min) / span * (Height - 10) - 5:0.#}"
                )
            );
        var samples = Enumerable
            .Range(0, sampleCount)
            .Select(i => length * i / (sampleCount - 1))
            .Select(at => (at, ElevationAt(known, at)))
            .ToList();
        return new ElevationProfile(string.Join(' ', vertices), min, max, length, samples);
    }

    private static double ElevationAt(List<(double Metres, double Elevation)> known, double at)
    {
        var after = known.FindIndex(x => x.Metres >= at);
        if (after <= 0)
        {
            return known[Math.Max(after, 0)].Elevation;
        }
        var (m0, e0) = known[after - 1];
        var (m1, e1) = known[after];
        return m1 == m0 ? e1 : e0 + (e1 - e0) * (at - m0) / (m1 - m0);
    }
}
