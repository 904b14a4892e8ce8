using System.Globalization;
using System.Text.Json;
using Bocage.Kernel.Data;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Api;

/// <summary>
/// GeoJSON of the map's layers, for Leaflet and for anyone: <c>/api/carte/couches/{layer}.geojson</c>, with
/// <c>categorie</c> to filter, <c>lat</c>, <c>lon</c> and <c>km</c> for "within N km of this point", and for the
/// communes layer <c>indicateur</c> for the choropleth (the server computes the classes).
/// </summary>
internal static class MapApi
{
    public const double MaxRadiusKm = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var map = app.MapGroup("/api/carte").WithTags("Carte").WithProblems();
        map.MapGet("/couches/{layer}.geojson", LayerAsync)
            .WithName("MapLayer")
            .Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, "application/geo+json")
            .WithSummary(
                "Une couche de la carte en GeoJSON (communes et leur indicateur, ou points), autour d'un lieu"
            );
        map.MapGet("/jeux/{dataset}/{resource}.geojson", CatalogueLayerAsync)
            .WithName("MapCatalogueLayer")
            .Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, "application/geo+json")
            .WithSummary("Une ressource géographique du catalogue en GeoJSON, filtrée par colonne et autour d'un lieu");
    }

    /// <summary>
    /// A published geographic resource of the catalogue as a layer: every column of the row as properties,
    /// the stored geometry as is, <c>colonne</c> and <c>valeur</c> for « contains », and « within N km ».
    /// </summary>
    private static async Task<IResult> CatalogueLayerAsync(
        string dataset,
        string resource,
        string? colonne,
        string? valeur,
        string? lat,
        string? lon,
        string? km,
        CatalogueLayers catalogue,
        KernelDb kernel,
        IStringLocalizer<OpenDataResource> text,
        CancellationToken cancellationToken
    )
    {
        var layer = await catalogue.FindAsync($"{dataset}/{resource}", cancellationToken);
        if (layer is null)
        {
            return ApiProblems.NotFound(text, "Api_ResourceNotFound");
        }
        var column = CatalogueLayers.Column(layer, colonne);
        if (!Around.TryRead(lat, lon, km, out var around) || (!string.IsNullOrEmpty(colonne) && column is null))
        {
            return ApiProblems.Invalid(text, text["Map_BadAroundOrColumn"]);
        }
        var names = await kernel
            .Communes.AsNoTracking()
            .ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);
        var (features, _) = await catalogue.FeaturesAsync(layer, column, valeur, names, cancellationToken);
        var selected = Around.Select(around, features, f => (f.Point.Latitude, f.Point.Longitude));
        return Json(w => MapGeoJson.WriteRows(w, selected));
    }

    private static async Task<IResult> LayerAsync(
        string layer,
        string? categorie,
        string? indicateur,
        string? lat,
        string? lon,
        string? km,
        HttpContext http,
        MapLayers layers,
        ObservatoryReader reader,
        IStringLocalizer<OpenDataResource> text,
        CancellationToken cancellationToken
    )
    {
        if (!MapLayers.Exists(layer))
        {
            return ApiProblems.NotFound(text, "Map_LayerNotFound");
        }
        if (!Around.TryRead(lat, lon, km, out var around))
        {
            return ApiProblems.Invalid(text, text["Map_BadAround"]);
        }
        if (layer == "communes")
        {
            var indicator = string.IsNullOrEmpty(indicateur)
                ? null
                : await reader.FindAsync(indicateur, http.User, cancellationToken);
            if (!string.IsNullOrEmpty(indicateur) && indicator is null)
            {
                return ApiProblems.NotFound(text, "Map_IndicatorNotFound");
            }
            var (shapes, _) = await layers.CommunesAsync(indicator, reader, cancellationToken);
            return Json(w => MapGeoJson.WriteCommunes(w, shapes));
        }
        var points = await layers.PointsAsync(layer, categorie, cancellationToken);
        return Json(w => MapGeoJson.WritePoints(w, Around.Select(around, points, p => (p.Latitude, p.Longitude))));
    }

    private static IResult Json(Action<Utf8JsonWriter> write) =>
        Results.Stream(
            async stream =>
            {
                await using var writer = new Utf8JsonWriter(stream);
                write(writer);
                await writer.FlushAsync();
            },
            "application/geo+json"
        );
}

/// <summary>A "within N km of this point" question, read from the address bar.</summary>
internal sealed record Around(double Latitude, double Longitude, double Km)
{
    /// <summary>False when something is given but wrong; true with null when nothing is asked.</summary>
    public static bool TryRead(string? lat, string? lon, string? km, out Around? around)
    {
        around = null;
        if (string.IsNullOrWhiteSpace(lat) && string.IsNullOrWhiteSpace(lon))
        {
            return true;
        }
        static bool Read(string? text, out double value) =>
            double.TryParse((text ?? "").Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
        if (
            !Read(lat, out var la)
            || !Read(lon, out var lo)
            || !Read(string.IsNullOrWhiteSpace(km) ? "5" : km, out var k)
            || la is < -90 or > 90
            || lo is < -180 or > 180
            || k is <= 0 or > MapApi.MaxRadiusKm
        )
        {
            return false;
        }
        around = new Around(la, lo, k);
        return true;
    }

    /// <summary>
    /// Everything with no distance when nothing is asked; otherwise what is within the radius, nearest first.
    /// </summary>
    public static IReadOnlyList<(T Item, double? Km)> Select<T>(
        Around? around,
        IEnumerable<T> items,
        Func<T, (double Lat, double Lon)> position
    ) =>
        around is null
            ? items.Select(i => (i, (double?)null)).ToList()
            : Distance
                .Within(items, position, around.Latitude, around.Longitude, around.Km)
                .Select(x => (x.Item, (double?)x.Km))
                .ToList();
}
