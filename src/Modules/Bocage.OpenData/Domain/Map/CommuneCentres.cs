namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// The approximate centre of each of the twelve villages (read from a map, to a few hundred metres): where the
/// demo places a commune's town-hall hotspot and addresses, and where the map draws a commune's checked coverage
/// reports. The communes' outlines are the official ones (IGN Admin Express, loaded by the kernel's seed); each
/// centre lies inside its commune's outline (GeometryTests).
/// </summary>
internal static class CommuneCentres
{
    /// <summary>INSEE code, approximate latitude and longitude of the village centre (WGS 84).</summary>
    public static readonly IReadOnlyList<(string Insee, double Latitude, double Longitude)> All =
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
        ("59633", 50.0640, 4.1660), // Wallers-en-Fagne
        ("59659", 50.0160, 4.0100), // Wignehies
        ("59661", 50.1120, 4.1070), // Willies
    ];
}
