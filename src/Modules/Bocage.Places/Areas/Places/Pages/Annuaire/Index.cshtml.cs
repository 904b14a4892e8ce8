using Bocage.Kernel.Territory;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Bocage.Places.Areas.Places.Pages.Annuaire;

/// <summary>
/// The directory, <c>/annuaire</c>, and its two entry points with a home of their own, <c>/tourisme</c> and
/// <c>/entreprises</c> (the same page, its section read from the address): a GET form, so that it works without
/// JavaScript and every search has an address to share.
/// </summary>
[OutputCache(PolicyName = PlacesModule.PublicPagePolicy)]
internal sealed class IndexModel(PlaceDirectory directory, TerritoryNames territory) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? KindText { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "ouvert")]
    public bool OpenNow { get; set; }

    [BindProperty(SupportsGet = true, Name = "accessible")]
    public bool StepFree { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PlaceSection Section { get; private set; }

    public PlaceKind? Kind { get; private set; }

    public PlacePage Found { get; private set; } = new([], 0, 1);

    public CollectivityNames Names { get; private set; } = null!;

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public string Path =>
        Section switch
        {
            PlaceSection.Tourism => "/tourisme",
            PlaceSection.Business => "/entreprises",
            _ => "/annuaire",
        };

    public PlaceFilter Filter { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Section = HttpContext.Request.Path.Value?.TrimEnd('/') switch
        {
            "/tourisme" => PlaceSection.Tourism,
            "/entreprises" => PlaceSection.Business,
            _ => PlaceSection.All,
        };
        // An unknown kind or commune in a shared link is ignored, never an error: the visitor still gets a list.
        Kind =
            Enum.TryParse<PlaceKind>(KindText, true, out var kind) && PlaceTypes.In(Section).Contains(kind)
                ? kind
                : null;
        Names = await territory.GetAsync(cancellationToken);
        Commune = Commune is not null && Names.Communes.ContainsKey(Commune) ? Commune : null;
        Themes = await directory.ThemesAsync(cancellationToken);
        Theme = Theme is not null && Themes.Contains(Theme) ? Theme : null;
        Filter = new PlaceFilter(
            Section,
            Kind,
            Commune,
            Theme,
            Text?.Trim(),
            OpenNow,
            StepFree,
            Math.Clamp(PageNumber, 1, 10_000)
        );
        Found = await directory.FindAsync(Filter, cancellationToken);
    }

    /// <summary>The same search on another page of results.</summary>
    public string PageLink(int page) => $"{Path}?{Query(page)}";

    /// <summary>The same search from the API, as GeoJSON, for a map or a GIS.</summary>
    public string GeoJsonLink =>
        $"/api/lieux?{Query(null)}{(Section == PlaceSection.All ? "" : $"section={Path[1..]}&")}format=geojson";

    private string Query(int? page)
    {
        var query = new System.Text.StringBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(key).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
            }
        }
        Add("type", Kind?.ToString());
        Add("commune", Commune);
        Add("theme", Theme);
        Add("q", Filter.Text);
        Add("ouvert", OpenNow ? "true" : null);
        Add("accessible", StepFree ? "true" : null);
        Add("page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return query.ToString();
    }
}
