using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Web;

/// <summary>
/// An output-cache policy for an engine's public pages, for visitors who are not signed in (the default policy
/// never caches an authenticated request nor a response that sets a cookie): ten seconds, varied by the page's own
/// query keys and by language, so that a crowd reading a page costs one query while a change shows soon. Pages are
/// tagged with the policy's name: <see cref="RefreshAsync"/> drops them when an agent's change must show at once.
/// </summary>
public static class PublicPageCache
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddPublicPagePolicy(
        this IServiceCollection services,
        string name,
        params string[] queryKeys
    ) =>
        services.Configure<OutputCacheOptions>(o =>
            o.AddPolicy(name, p =>
                p.Expire(Duration)
                    .Tag(name)
                    .SetVaryByQuery([.. queryKeys, "langue"])
                    .VaryByValue(_ => new("culture", CultureInfo.CurrentUICulture.Name))
            )
        );

    /// <summary>Drops every page cached under the policy <paramref name="name"/>, on every node.</summary>
    public static ValueTask RefreshAsync(IOutputCacheStore store, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.EvictByTagAsync(name, cancellationToken);
    }
}
