using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bocage.Web.Hosting;

/// <summary>
/// Slows down password guessing and mass account creation: each address may submit the identity
/// forms a few times a minute. Reading the pages is never limited.
/// </summary>
internal static class RateLimits
{
    public const string IdentityForms = Bocage.Kernel.Web.RateLimitPolicies.PublicForms;

    public static void AddBocageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:IdentityFormsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(IdentityForms, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
    }
}
