using Bocage.Kernel.Search;
using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Directory;

/// <summary>
/// The directory's part of the site search: every place (by its name, kind, commune, themes, services and summary)
/// and every circuit, for everyone. It holds nothing personal.
/// </summary>
internal sealed class PlacesSearchSource(PlacesDb db, TerritoryNames territory, PlaceWording wording) : ISearchSource
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
            .ToList();
    }

    public Task<IReadOnlyList<SearchDocument>> PersonalAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchDocument>>([]);
}
