using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Localization;

namespace Bocage.Web.Hosting;

/// <summary>The language switch: plain links, so that it works without JavaScript and keeps pages cacheable.</summary>
internal static class CultureCookie
{
    public const string Name = "bocage.langue";

    public static RouteHandlerBuilder MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/langue/{culture}", (string culture, string? retour, HttpContext http) =>
        {
            var chosen = SupportedCultures.IsSupported(culture) ? culture : SupportedCultures.Default;
            http.Response.Cookies.Append(Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                });
            return Results.LocalRedirect(LocalUrls.OrDefault(retour, "/"));
        });
}
