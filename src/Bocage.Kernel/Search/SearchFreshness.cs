using Microsoft.Extensions.Configuration;

namespace Bocage.Kernel.Search;

/// <summary>
/// Keeps the index at most <c>Search:RefreshInterval</c> old (five minutes by default) on this node: the first
/// search after that refreshes it, one at a time. An engine that publishes something calls
/// <see cref="Invalidate"/> so the next search sees it at once.
/// </summary>
public sealed class SearchFreshness(TimeProvider clock, IConfiguration configuration)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeSpan _interval = configuration.GetValue<TimeSpan?>("Search:RefreshInterval")
        ?? TimeSpan.FromMinutes(5);
    private DateTimeOffset? _refreshedAt;

    public async Task EnsureAsync(SearchIndex index, CancellationToken cancellationToken)
    {
        if (IsFresh())
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh())
            {
                await index.RefreshAsync(cancellationToken);
                _refreshedAt = clock.GetUtcNow();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _refreshedAt = null;

    private bool IsFresh() => _refreshedAt is { } at && clock.GetUtcNow() - at < _interval;
}
