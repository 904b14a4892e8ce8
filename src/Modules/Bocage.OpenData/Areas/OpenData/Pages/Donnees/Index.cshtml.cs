using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.OpenData.Areas.OpenData.Pages.Donnees;

/// <summary>The open-data catalogue: words and facets, all in the address so any view can be shared.</summary>
internal sealed class IndexModel(CatalogueSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "licence")]
    public string? Licence { get; set; }

    [BindProperty(SupportsGet = true, Name = "frequence")]
    public string? Frequency { get; set; }

    public CatalogueResult Result { get; private set; } = new([], [], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Q = Q?.Trim() is { Length: > 0 and <= 200 } q ? q : null;
        Result = await search.SearchAsync(
            new CatalogueFilter(Q, Theme, Organisation, Commune, Format, Licence, Frequency),
            cancellationToken
        );
    }

    private Dictionary<string, string?> Current() =>
        new()
        {
            ["q"] = Q,
            ["theme"] = Theme,
            ["organisation"] = Organisation,
            ["commune"] = Commune,
            ["format"] = Format,
            ["licence"] = Licence,
            ["frequence"] = Frequency,
        };

    /// <summary>The address with a facet value chosen, or removed when it already is.</summary>
    public string Toggle(string key, string value)
    {
        var values = Current();
        values[key] = values[key] == value ? null : value;
        return "/donnees"
            + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
