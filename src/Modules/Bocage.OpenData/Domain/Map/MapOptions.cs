namespace Bocage.OpenData.Domain.Map;

/// <summary>Settings of the map (<c>Data:Map</c>).</summary>
internal sealed class MapOptions
{
    public const string Section = "Data:Map";

    /// <summary>
    /// Tile service, e.g. <c>https://tiles.example.org/{z}/{x}/{y}.png</c>. Empty by default: the map then
    /// draws the commune boundaries on a plain background, which works with no outside service at all.
    /// </summary>
    public string TileUrl { get; set; } = "";

    /// <summary>Attribution required by the tile service, shown on the map.</summary>
    public string TileAttribution { get; set; } = "";
}
