using Bocage.Kernel.Search;
using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Directory;

/// <summary>
/// The directory's part of the site search: every place (by its name, kind, commune, themes, services and summary)
/// and every circuit, for everyone. It holds nothing personal.
/// </summary>
internal sealed class PlacesSearchSource(
    PlacesDb db,
    TerritoryNames territory,
    PlaceWording wording,
    IStringLocalizer<PlacesResource> text
) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var names = await territory.GetAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().ToListAsync(cancellationToken);
        var circuits = await db
            .Circuits.AsNoTracking()
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.Practice,
                c.StartCommuneInsee,
                c.Summary,
                c.LengthMetres,
            })
            .ToListAsync(cancellationToken);
        return places
            .Select(p => new SearchDocument(
                SearchKinds.Place,
                $"places:{p.Slug}",
                p.Details.Name,
                $"/annuaire/{p.Slug}",
                $"{wording.Kind(p.Details.Kind)} · {names.Commune(p.Details.CommuneInsee)}",
                $"{p.Details.Themes} {p.Details.Summary.Fr} {p.Details.MediationServices} {p.Details.Programmes} {p.Details.Labels} {p.Details.Street}"
            ))
            .Concat(
                circuits.Select(c => new SearchDocument(
                    SearchKinds.Circuit,
                    $"circuits:{c.Slug}",
                    c.Name,
                    $"/circuits/{c.Slug}",
                    $"{wording.Practice(c.Practice)} · {PlaceWording.Kilometres(c.LengthMetres)} · {names.Commune(c.StartCommuneInsee)}",
                    $"{c.Summary.Fr} randonnée circuit"
                ))
            )
            .Concat(Pages())
            .ToList();
    }

    // The engine's own pages that no menu lists: the tourism and business homes, a company's entry, the desk.
    private IEnumerable<SearchDocument> Pages() =>
        new[]
        {
            ("/tourisme", "Section_Tourism", "Search_TourismWords"),
            ("/entreprises", "Section_Business", "Search_BusinessWords"),
            ("/entreprises/ma-fiche", "Company_Title", "Search_CompanyWords"),
            ("/entreprises/contact", "Contact_Title", "Search_ContactWords"),
            ("/circuits", "Circuits_Title", "Search_CircuitsWords"),
        }.Select(p => new SearchDocument(
            SearchKinds.Page,
            $"places:page:{p.Item1}",
            text[p.Item2],
            p.Item1,
            null,
            text[p.Item3]
        ));

    public Task<IReadOnlyList<SearchDocument>> PersonalAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchDocument>>([]);
}
