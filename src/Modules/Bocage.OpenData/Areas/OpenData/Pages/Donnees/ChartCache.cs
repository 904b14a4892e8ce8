using System.Collections.Concurrent;
using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Areas.OpenData.Pages.Donnees;

/// <summary>
/// The chart of each published version, computed once: a version never changes (a republication is a new
/// batch), and grouping a million rows by up to six columns takes seconds, too long for every visit.
/// Bounded: past <see cref="Capacity"/> versions the cache starts again.
/// </summary>
internal sealed class ChartCache
{
    private const int Capacity = 500;
    private readonly ConcurrentDictionary<Guid, Lazy<Task<ChartView?>>> _charts = new();

    public Task<ChartView?> GetAsync(Resource resource, Func<Task<ChartView?>> build)
    {
        if (_charts.Count >= Capacity)
        {
            _charts.Clear();
        }
        var lazy = _charts.GetOrAdd(resource.BatchId, _ => new Lazy<Task<ChartView?>>(build));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // An earlier visit's computation failed (database busy, visitor gone): this visit tries again.
            _charts.TryRemove(new KeyValuePair<Guid, Lazy<Task<ChartView?>>>(resource.BatchId, lazy));
            task = _charts.GetOrAdd(resource.BatchId, _ => new Lazy<Task<ChartView?>>(build)).Value;
        }
        return task;
    }
}
