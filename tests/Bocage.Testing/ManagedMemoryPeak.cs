namespace Bocage.Testing;

/// <summary>
/// The highest managed heap size left by a garbage collection while it runs, above the heap after a full
/// collection at its start: what was alive, not the garbage a collection had not yet reclaimed (whose
/// amount depends on the machine's generation 0 budget). Sampled every few milliseconds; a buffer the
/// size of a file, alive across the collections its own allocation triggers, cannot go unseen. Tests
/// using it run alone (collection <c>Memory</c>) so that other tests' objects do not count.
/// </summary>
public sealed class ManagedMemoryPeak : IAsyncDisposable
{
    private readonly long _baseline;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly int _firstCollection;
    private long _peak;

    /// <summary>Collections seen: with none, the peak says nothing.</summary>
    public int Collections => GC.CollectionCount(0) - _firstCollection;

    public ManagedMemoryPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _baseline = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
        _firstCollection = GC.CollectionCount(0);
        _peak = _baseline;
        _sampling = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                _peak = Math.Max(_peak, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                await Task.Delay(5);
            }
        });
    }

    /// <summary>Stops sampling and gives the peak growth in bytes.</summary>
    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return Math.Max(_peak, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes) - _baseline;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }
        _stop.Dispose();
    }
}
