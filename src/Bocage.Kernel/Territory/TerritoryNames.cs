using Bocage.Kernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Territory;

/// <summary>
/// The <see cref="CollectivityNames"/> for pages that name a commune on every view: read at most every
/// <see cref="MaxAge"/>, since the territory changes once in years (a census, a merger), not between two clicks.
/// </summary>
public sealed class TerritoryNames(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private (CollectivityNames Names, DateTime ReadAt)? _cached;

    public async Task<CollectivityNames> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_cached is { } cached && now - cached.ReadAt < MaxAge)
        {
            return cached.Names;
        }
        using var scope = scopes.CreateScope();
        var names = await CollectivityNames.LoadAsync(
            scope.ServiceProvider.GetRequiredService<KernelDb>(),
            cancellationToken
        );
        // A race between two requests reads twice and keeps either: both are the same names.
        _cached = (names, now);
        return names;
    }
}
