using System.Globalization;
using Bocage.Kernel.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages;

/// <summary>Searches communes, organisations and roadmap actions, ignoring case and accents.</summary>
public sealed class RechercheModel(KernelDb db) : PageModel
{
    private const int MaxQueryLength = 200;
    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr").CompareInfo;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public bool TooLong { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }
        if (Query.Length > MaxQueryLength)
        {
            TooLong = true;
            ModelState.AddModelError("q", "SearchTooLong");
            return;
        }
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var actions = await db.RoadmapActions.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        Hits =
        [
            .. communes
                .Where(c => Matches(c.Name, c.Insee))
                .Select(c => new SearchHit(SearchKind.Commune, c.Name, $"/communes/{c.Slug}", c.Insee)),
            .. organisations
                .Where(o => Matches(o.Name, o.Description))
                .Select(o => new SearchHit(
                    SearchKind.Organisation,
                    o.Name,
                    OrganisationLink(o.CommuneInsee, communes),
                    o.Description
                )),
            .. actions
                .Where(a => Matches(a.Id, a.Field, a.Action, a.Objective, a.Tags))
                .Select(a => new SearchHit(
                    SearchKind.RoadmapAction,
                    $"{a.Id} — {a.Field}",
                    $"/feuille-de-route#{a.Id}",
                    a.Action
                )),
        ];
    }

    private bool Matches(params string?[] fields) =>
        fields.Any(f =>
            f is not null && French.IndexOf(f, Query!, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0
        );

    private static string OrganisationLink(string? insee, IEnumerable<Kernel.Territory.Commune> communes) =>
        communes.FirstOrDefault(c => c.Insee == insee) is { } c ? $"/communes/{c.Slug}" : "/";
}
