using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Search;

/// <summary>The kernel's part of the search: communes, organisations and the roadmap's actions.</summary>
internal sealed class TerritorySearchSource(KernelDb db) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var actions = await db.RoadmapActions.AsNoTracking().ToListAsync(cancellationToken);
        var slugs = communes.ToDictionary(c => c.Insee, c => c.Slug);
        return
        [
            .. communes.Select(c => new SearchDocument(
                SearchKinds.Commune,
                c.Insee,
                c.Name,
                $"/communes/{c.Slug}",
                c.Insee,
                c.Slug
            )),
            .. organisations.Select(o => new SearchDocument(
                SearchKinds.Organisation,
                o.Slug,
                o.Name,
                o.CommuneInsee is { } insee && slugs.TryGetValue(insee, out var slug) ? $"/communes/{slug}" : "/",
                o.Description
            )),
            .. actions.Select(a => new SearchDocument(
                SearchKinds.RoadmapAction,
                a.Id,
                $"{a.Id} — {a.Field}",
                $"/feuille-de-route#{a.Id}",
                a.Action,
                $"{a.Id} {a.Objective} {a.Tags} {a.Axis} {a.Pillar}"
            )),
        ];
    }

    public Task<IReadOnlyList<SearchDocument>> PersonalAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchDocument>>([]);
}
