namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// A point of a map layer (a wifi hotspot, a fibre connection node…): where it is, what it is called,
/// which commune it belongs to and a few properties shown on click.
/// </summary>
internal sealed class MapFeature
{
    public long Id { get; private set; }

    /// <summary>Slug of the layer, e.g. <c>wifi</c>.</summary>
    public string Layer { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? CommuneInsee { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>Category used by the filters, e.g. « mairie », « médiathèque ».</summary>
    public string Category { get; private set; } = "";

    public string Details { get; private set; } = "";

    public MapFeature(
        string layer,
        string name,
        string? communeInsee,
        double latitude,
        double longitude,
        string category,
        string details
    )
    {
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), "Not a WGS 84 position.");
        }
        Layer = layer;
        Name = name;
        CommuneInsee = communeInsee;
        Latitude = latitude;
        Longitude = longitude;
        Category = category;
        Details = details;
    }

    private MapFeature() { }
}
