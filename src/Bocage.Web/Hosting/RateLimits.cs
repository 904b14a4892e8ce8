using Bocage.Kernel.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace Bocage.Web.Hosting;

/// <summary>
/// Slows down password guessing and mass account creation: each address may submit the identity
/// forms a few times a minute (the kernel's per-address form limit). Engines add their own guessing
/// forms with the same helper; every refusal gets the French 429 page.
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
            o.AddPerAddressFormLimit(IdentityForms, perMinute);
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
    }
}
