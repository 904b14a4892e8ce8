using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Bocage.Kernel.Web;

/// <summary>
/// The limit put on forms that can be used to guess something (a password, a code, an invoice
/// reference): each address may submit them a few times a minute; reading the pages is never limited.
/// The host answers a refusal with its French 429 page and <c>Retry-After</c>.
/// </summary>
public static class FormRateLimits
{
    /// <summary>
    /// Adds a policy named <paramref name="policy"/> with its own per-address budget of <paramref name="perMinute"/>
    /// posts.
    /// </summary>
    public static RateLimiterOptions AddPerAddressFormLimit(
        this RateLimiterOptions options,
        string policy,
        int perMinute
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(policy, http =>
            HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }
                )
        );
        return options;
    }
}
