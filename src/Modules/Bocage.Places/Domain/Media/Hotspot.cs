namespace Bocage.Places.Domain.Media;

/// <summary>
/// A passage drawn in a panorama towards another panorama of the same place (a door to the next room), at a
/// direction in degrees: <paramref name="Yaw"/> from -180 to 180 (0 is the image's centre), <paramref name="Pitch"/>
/// from -90 (down) to 90 (up), as Pannellum reads them.
/// </summary>
internal sealed record Hotspot(Guid Target, double Yaw, double Pitch);
