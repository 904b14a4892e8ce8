namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// A row of a catalogue layer: as the map and its text alternative show it, and as stored (values and geometry).
/// </summary>
internal sealed record LayerFeature(MapPoint Point, string Data, string Geometry);
