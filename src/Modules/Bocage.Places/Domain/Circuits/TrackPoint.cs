namespace Bocage.Places.Domain.Circuits;

/// <summary>A point of a circuit's track: WGS 84 degrees and the elevation in metres when the track has one.</summary>
internal readonly record struct TrackPoint(double Latitude, double Longitude, double? Elevation);

/// <summary>
/// A stop along a circuit (a viewpoint, a chapel, the museum), shown as an ordered list and as a GPX waypoint.
/// </summary>
internal sealed record CircuitStep(string Name, string Description, double Latitude, double Longitude);
