using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Areas.OpenData.Pages.Donnees;

/// <summary>
/// The chart of each published version, computed once: grouping a million rows by up to six columns takes
/// seconds, too long for every visit.
/// </summary>
internal sealed class ChartCache : BatchCache<ChartView?>
{
    public Task<ChartView?> GetAsync(Resource resource, Func<Task<ChartView?>> build) =>
        GetAsync(resource.BatchId, build);
}
