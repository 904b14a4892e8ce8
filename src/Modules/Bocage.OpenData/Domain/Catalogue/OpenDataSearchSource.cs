using Bocage.Kernel.Search;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>Open data's part of the search: the published datasets and the observatory's public indicators.</summary>
internal sealed class OpenDataSearchSource(OpenDataDb db) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var datasets = await db
            .Datasets.AsNoTracking()
            .Where(d => d.WithdrawnAt == null)
            .Select(d => new
            {
                d.Slug,
                d.Title,
                d.Description,
                d.Theme,
                d.OrganisationName,
            })
            .ToListAsync(cancellationToken);
        var indicators = await db
            .Indicators.AsNoTracking()
            .Where(i => i.Visibility == IndicatorVisibility.Public)
            .Select(i => new
            {
                i.Slug,
                i.Title,
                i.Unit,
                i.Source,
                i.Theme,
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. datasets.Select(d => new SearchDocument(
                SearchKinds.Dataset,
                d.Slug,
                d.Title,
                $"/donnees/{d.Slug}",
                d.Description,
                $"{d.Theme} {d.OrganisationName}"
            )),
            .. indicators.Select(i => new SearchDocument(
                SearchKinds.Indicator,
                i.Slug,
                i.Title,
                $"/observatoire/{i.Slug}",
                $"{i.Unit} · {i.Source}",
                i.Theme
            )),
        ];
    }

    public Task<IReadOnlyList<SearchDocument>> PersonalAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchDocument>>([]);
}
