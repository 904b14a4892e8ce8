using Bocage.Data.Map;
using Bocage.Data.Observatory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bocage.Data.Areas.Data.Pages.Carte;

/// <summary>
/// The map of the territory. Everything is chosen with a GET form (indicator of the choropleth, point layer,
/// category, "within N km"), so the page works without JavaScript: a server-drawn SVG map and tables. With
/// JavaScript, Leaflet draws the same layers from the GeoJSON API.
/// </summary>
internal sealed class IndexModel(MapLayers layers, ObservatoryReader reader, IOptions<MapOptions> options, IStringLocalizer<DataResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "indicateur")]
    public string? IndicatorSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "couche")]
    public string Layer { get; set; } = "wifi";

    [BindProperty(SupportsGet = true, Name = "categorie")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "lat")]
    public string? Lat { get; set; }

    [BindProperty(SupportsGet = true, Name = "lon")]
    public string? Lon { get; set; }

    [BindProperty(SupportsGet = true, Name = "km")]
    public string? Km { get; set; }

    public MapOptions Options => options.Value;

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public Indicator? Indicator { get; private set; }

    public IReadOnlyList<CommuneShape> Communes { get; private set; } = [];

    public IReadOnlyList<ChoroplethClass> Classes { get; private set; } = [];

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public IReadOnlyList<(MapPoint Point, double? Km)> Points { get; private set; } = [];

    public string? AroundError { get; private set; }

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Indicators = await reader.VisibleIndicatorsAsync(User, cancellationToken);
        Indicator = Indicators.FirstOrDefault(i => i.Slug == IndicatorSlug);
        IndicatorSlug = Indicator?.Slug;
        Layer = MapLayers.PointLayers.Contains(Layer) ? Layer : "wifi";
        (Communes, Classes) = await layers.CommunesAsync(Indicator, reader, cancellationToken);
        Categories = await layers.CategoriesAsync(Layer, cancellationToken);
        Category = Categories.Contains(Category ?? "") ? Category : null;
        var points = await layers.PointsAsync(Layer, Category, cancellationToken);
        if (!Around.TryRead(Lat, Lon, Km, out var around))
        {
            AroundError = text["Map_AroundError"];
            ModelState.AddModelError("lat", AroundError);
        }
        Points = around is null
            ? points.Select(p => (p, (double?)null)).ToList()
            : Distance.Within(points, p => (p.Latitude, p.Longitude), around.Latitude, around.Longitude, around.Km).Select(x => (x.Item, (double?)x.Km)).ToList();
        Svg = MapSvg.Draw(text["Map_SvgTitle"], Describe(around), Communes, Points.Select(p => p.Point).ToList());
    }

    /// <summary>The address of the GeoJSON of what the page shows, for export and for Leaflet.</summary>
    public string PointsUrl
    {
        get
        {
            var around = AroundError is null && !string.IsNullOrEmpty(Lat);
            var query = QueryString.Create(new Dictionary<string, string?>
            {
                ["categorie"] = Category, ["lat"] = around ? Lat : null, ["lon"] = around ? Lon : null, ["km"] = around ? Km : null,
            }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
            return $"/api/carte/couches/{Layer}.geojson{query}";
        }
    }

    public string CommunesUrl => Indicator is null ? "/api/carte/couches/communes.geojson" : $"/api/carte/couches/communes.geojson?indicateur={Indicator.Slug}";

    private string Describe(Around? around)
    {
        var what = Indicator is null ? text["Map_SvgDescPlain"].Value : text["Map_SvgDescChoropleth", Indicator.Title].Value;
        var near = around is null ? "" : " " + text["Map_SvgDescAround", around.Km.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))].Value;
        return $"{what} {text["Map_SvgDescPoints", Points.Count, text["Map_Layer_" + Layer].Value].Value}{near}";
    }
}
