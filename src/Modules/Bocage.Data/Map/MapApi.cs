using System.Globalization;
using System.Text.Json;
using Bocage.Data.Observatory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bocage.Data.Map;

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
        app.MapGet("/api/carte/couches/{layer}.geojson", LayerAsync).WithName("MapLayer");
    }

    private static async Task<IResult> LayerAsync(string layer, string? categorie, string? indicateur, string? lat, string? lon, string? km,
        HttpContext http, MapLayers layers, ObservatoryReader reader, CancellationToken cancellationToken)
    {
        if (!MapLayers.Exists(layer))
        {
            return Results.NotFound();
        }
        if (!Around.TryRead(lat, lon, km, out var around))
        {
            return Results.BadRequest(new { erreur = "lat, lon et km doivent être des nombres (km entre 0 et 100)." });
        }
        if (layer == "communes")
        {
            var indicator = string.IsNullOrEmpty(indicateur) ? null : await reader.FindAsync(indicateur, http.User, cancellationToken);
            if (!string.IsNullOrEmpty(indicateur) && indicator is null)
            {
                return Results.NotFound();
            }
            var (shapes, _) = await layers.CommunesAsync(indicator, reader, cancellationToken);
            return Json(w => MapGeoJson.WriteCommunes(w, shapes));
        }
        var points = await layers.PointsAsync(layer, categorie, cancellationToken);
        var selected = around is null
            ? points.Select(p => (Point: p, Km: (double?)null)).ToList()
            : Distance.Within(points, p => (p.Latitude, p.Longitude), around.Latitude, around.Longitude, around.Km).Select(x => (Point: x.Item, Km: (double?)x.Km)).ToList();
        return Json(w => MapGeoJson.WritePoints(w, selected));
    }

    private static IResult Json(Action<Utf8JsonWriter> write) => Results.Stream(async stream =>
    {
        await using var writer = new Utf8JsonWriter(stream);
        write(writer);
        await writer.FlushAsync();
    }, "application/geo+json");
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
            double.TryParse((text ?? "").Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        if (!Read(lat, out var la) || !Read(lon, out var lo) || !Read(string.IsNullOrWhiteSpace(km) ? "5" : km, out var k)
            || la is < -90 or > 90 || lo is < -180 or > 180 || k is <= 0 or > MapApi.MaxRadiusKm)
        {
            return false;
        }
        around = new Around(la, lo, k);
        return true;
    }
}
