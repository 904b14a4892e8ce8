using Bocage.Kernel.Web;
using Microsoft.Extensions.Localization;

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
            o.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                // Machine clients read a problem document (RFC 9457); people get the French 429 page.
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    await Results
                        .Problem(
                            statusCode: StatusCodes.Status429TooManyRequests,
                            title: text["ApiTooManyRequestsTitle"],
                            detail: text["ApiTooManyRequestsDetail"]
                        )
                        .ExecuteAsync(http);
                }
            };
        });
    }
}
