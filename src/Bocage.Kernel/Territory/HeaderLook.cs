using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Territory;

/// <summary>
/// The intercommunality's look for the header of every page: read once a minute rather than on every request, and
/// forgotten at once when an agent of this node changes it (another node follows within the minute).
/// </summary>
public sealed class HeaderLook(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // One reference, swapped whole: requests read it without a lock and never see half an entry.
    private volatile Entry? _cached;

    /// <summary>The intercommunality's look, or null before the territory is set up.</summary>
    public async Task<IdentityHolder?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.ReadAt < Lifetime)
        {
            return cached.Holder;
        }
        using var scope = scopes.CreateScope();
        var holder = await scope
            .ServiceProvider.GetRequiredService<IdentityHolders>()
            .IntercommunalityAsync(cancellationToken);
        _cached = new Entry(holder, clock.GetUtcNow());
        return holder;
    }

    public void Forget() => _cached = null;

    private sealed record Entry(IdentityHolder? Holder, DateTimeOffset ReadAt);
}
