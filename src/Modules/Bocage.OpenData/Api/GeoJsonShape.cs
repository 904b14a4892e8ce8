using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Bocage.OpenData.Api;

/// <summary>
/// The shape of the map API's answers (RFC 7946), for the OpenAPI document only: the GeoJSON itself is written by
/// <c>MapGeoJson</c> straight to the response, without building these objects.
/// </summary>
[Description("Une collection d'objets GeoJSON (RFC 7946).")]
internal sealed record GeoJsonFeatureCollection(
    [property: Description("Toujours FeatureCollection.")] string Type,
    IReadOnlyList<GeoJsonFeature> Features
);

/// <summary>
/// One feature: its geometry (WGS 84) and its properties, the dataset's columns or the layer's fields.
/// </summary>
[Description("Un objet GeoJSON : sa géométrie (WGS 84) et ses propriétés.")]
internal sealed record GeoJsonFeature(
    [property: Description("Toujours Feature.")] string Type,
    [property: Description("Point, Polygon ou MultiPolygon, coordonnées longitude puis latitude.")] JsonObject Geometry,
    [property: Description("Les colonnes de la ligne, ou le nom et l'indicateur de la commune.")]
        Dictionary<string, JsonNode?> Properties
);
