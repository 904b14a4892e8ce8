using System.Globalization;

namespace Bocage.Places.Domain.Media;

/// <summary>
/// A passage as an agent types it: the panorama it leads to and its direction in degrees, read with a comma or a
/// point (« -12,5 »). <see cref="Parse"/> gives the hotspot, or null when a number is missing or out of range.
/// </summary>
internal sealed class HotspotForm
{
    public Guid? Target { get; set; }
    public string? Yaw { get; set; }
    public string? Pitch { get; set; }

    public Hotspot? Parse() =>
        Target is { } target
        && Degrees(Yaw) is { } yaw and >= -180 and <= 180
        && (string.IsNullOrWhiteSpace(Pitch) ? 0 : Degrees(Pitch)) is { } pitch and >= -90 and <= 90
            ? new Hotspot(target, yaw, pitch)
            : null;

    private static double? Degrees(string? value) =>
        double.TryParse(
            value?.Trim().Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var degrees
        )
            ? degrees
            : null;
}
