using Bocage.OpenData.Api;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bocage.OpenData.Areas.OpenData.Pages.Carte;

/// <summary>
/// The map of the territory. Everything is chosen with a GET form (indicator of the choropleth, point layer,
/// category, "within N km"), so the page works without JavaScript: a server-drawn SVG map and tables. With
/// JavaScript, Leaflet draws the same layers from the GeoJSON API.
/// </summary>
internal sealed class IndexModel(
    MapLayers layers,
    CatalogueLayers catalogue,
    ObservatoryReader reader,
    IOptions<MapOptions> options,
    IStringLocalizer<OpenDataResource> text
) : PageModel
{
    private const string DefaultLayer = "wifi";

    [BindProperty(SupportsGet = true, Name = "indicateur")]
    public string? IndicatorSlug { get; set; }

    /// <summary>
    /// The layer asked for. Nullable on purpose: a non-nullable bound property is implicitly required, and a first
    /// visit to /carte (no query string) would greet everyone with « The Layer field is required ».
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "couche")]
    public string? RequestedLayer { get; set; }

    /// <summary>The layer shown: the one asked for when it exists, else the wifi hotspots.</summary>
    public string Layer { get; private set; } = DefaultLayer;

    [BindProperty(SupportsGet = true, Name = "categorie")]
    public string? Category { get; set; }

    /// <summary>Column of a catalogue layer filtered with « contains » <see cref="Value"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "colonne")]
    public string? Column { get; set; }

    [BindProperty(SupportsGet = true, Name = "valeur")]
    public string? Value { get; set; }

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

    /// <summary>The catalogue's published geographic resources, each a layer.</summary>
    public IReadOnlyList<CatalogueLayer> CatalogueLayers { get; private set; } = [];

    /// <summary>The chosen layer when it comes from the catalogue; null for the map's own layers.</summary>
    public CatalogueLayer? FromCatalogue { get; private set; }

    /// <summary>
    /// More features matched than the map draws (<see cref="Domain.Map.CatalogueLayers.MaxFeatures"/>).
    /// </summary>
    public bool Truncated { get; private set; }

    public string LayerTitle => FromCatalogue?.Title ?? text["Map_Layer_" + Layer].Value;

    public IReadOnlyList<(MapPoint Point, double? Km)> Points { get; private set; } = [];

    public string? AroundError { get; private set; }

    public string Svg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Indicators = await reader.VisibleIndicatorsAsync(User, cancellationToken);
        Indicator = Indicators.FirstOrDefault(i => i.Slug == IndicatorSlug);
        IndicatorSlug = Indicator?.Slug;
        CatalogueLayers = await catalogue.ListAsync(cancellationToken);
        FromCatalogue = CatalogueLayers.FirstOrDefault(l => l.Key == RequestedLayer);
        Layer = FromCatalogue?.Key ?? MapLayers.PointLayers.FirstOrDefault(l => l == RequestedLayer) ?? DefaultLayer;
        (Communes, Classes) = await layers.CommunesAsync(Indicator, reader, cancellationToken);
        if (!Around.TryRead(Lat, Lon, Km, out var around))
        {
            AroundError = text["Map_AroundError"];
            ModelState.AddModelError("lat", AroundError);
        }
        IReadOnlyList<MapPoint> points;
        if (FromCatalogue is not null)
        {
            var column = Domain.Map.CatalogueLayers.Column(FromCatalogue, Column);
            (Column, Category) = (column?.Name, null);
            var names = Communes.ToDictionary(c => c.Insee, c => c.Name);
            var (features, truncated) = await catalogue.FeaturesAsync(
                FromCatalogue,
                column,
                Value,
                names,
                cancellationToken
            );
            (points, Truncated) = (features.Select(f => f.Point).ToList(), truncated);
        }
        else
        {
            (Column, Value) = (null, null);
            Categories = await layers.CategoriesAsync(Layer, cancellationToken);
            Category = Categories.Contains(Category ?? "") ? Category : null;
            points = await layers.PointsAsync(Layer, Category, cancellationToken);
        }
        Points = Around.Select(around, points, p => (p.Latitude, p.Longitude));
        Svg = MapSvg.Draw(text["Map_SvgTitle"], Describe(around), Communes, Points.Select(p => p.Point).ToList());
    }

    /// <summary>The address of the GeoJSON of what the page shows, for export and for Leaflet.</summary>
    public string PointsUrl
    {
        get
        {
            var around = AroundError is null && !string.IsNullOrEmpty(Lat);
            var query = QueryString.Create(
                new Dictionary<string, string?>
                {
                    ["categorie"] = Category,
                    ["colonne"] = string.IsNullOrWhiteSpace(Value) ? null : Column,
                    ["valeur"] = Column is null ? null : Value?.Trim(),
                    ["lat"] = around ? Lat : null,
                    ["lon"] = around ? Lon : null,
                    ["km"] = around ? Km : null,
                }.Where(kv => !string.IsNullOrEmpty(kv.Value))
            );
            return FromCatalogue is null
                ? $"/api/carte/couches/{Layer}.geojson{query}"
                : $"/api/carte/jeux/{FromCatalogue.Key}.geojson{query}";
        }
    }

    public string CommunesUrl =>
        Indicator is null
            ? "/api/carte/couches/communes.geojson"
            : $"/api/carte/couches/communes.geojson?indicateur={Indicator.Slug}";

    private string Describe(Around? around)
    {
        var what = Indicator is null
            ? text["Map_SvgDescPlain"].Value
            : text["Map_SvgDescChoropleth", Indicator.Title].Value;
        var near = around is null
            ? ""
            : " "
                + text[
                    "Map_SvgDescAround",
                    around.Km.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))
                ].Value;
        return $"{what} {text["Map_SvgDescPoints", Points.Count, LayerTitle].Value}{near}";
    }
}
