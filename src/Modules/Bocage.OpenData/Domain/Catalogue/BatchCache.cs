using System.Collections.Concurrent;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// What is computed once per published version of a resource: a version never changes (a republication is a new
/// batch), so its result holds until the process ends. Bounded: past <see cref="Capacity"/> versions the cache
/// starts again. A computation that failed (database busy, visitor gone) is tried again by the next caller.
/// </summary>
internal class BatchCache<T>
{
    private const int Capacity = 500;
    private readonly ConcurrentDictionary<Guid, Lazy<Task<T>>> _values = new();

    public Task<T> GetAsync(Guid batch, Func<Task<T>> build)
    {
        if (_values.Count >= Capacity)
        {
            _values.Clear();
        }
        var lazy = _values.GetOrAdd(batch, _ => new Lazy<Task<T>>(build));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            _values.TryRemove(new KeyValuePair<Guid, Lazy<Task<T>>>(batch, lazy));
            task = _values.GetOrAdd(batch, _ => new Lazy<Task<T>>(build)).Value;
        }
        return task;
    }
}

/// <summary>The period each published version covers (<see cref="RowStore.PeriodAsync"/>), read once.</summary>
internal sealed class PeriodCache : BatchCache<(DateOnly Start, DateOnly End)?>;
