using Bocage.Kernel.Dashboard;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>Open data on the dashboard: the datasets published by each commune and by the intercommunality.</summary>
internal sealed class DatasetsDashboard(OpenDataDb db, IStringLocalizer<OpenDataResource> text) : IDashboardSource
{
    public async Task<IReadOnlyList<DashboardTable>> TablesAsync(
        DashboardScope scope,
        CancellationToken cancellationToken
    )
    {
        var published = await db
            .Datasets.AsNoTracking()
            .Where(d => d.WithdrawnAt == null)
            .GroupBy(d => d.CommuneInsee)
            .Select(g => new { Insee = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var rows = scope
            .Places.Select(p =>
            {
                var count = published.FirstOrDefault(x => x.Insee == p.Insee)?.Count ?? 0;
                return new DashboardRow(p.Name, [new(count.ToString("N0"), count)]);
            })
            .ToList();
        return
        [
            new DashboardTable(
                text["Dashboard_DatasetsTitle"],
                text["Dashboard_Place"],
                [text["Dashboard_Datasets"]],
                rows
            ),
        ];
    }
}
