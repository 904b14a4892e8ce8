using Bocage.Kernel.Accounts;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Hosting;

/// <summary>
/// The language switch: plain links, so that it works without JavaScript and keeps pages cacheable. A signed-in
/// person's choice also becomes their account's preferred language, the one their mails are written in.
/// </summary>
internal static class CultureCookie
{
    public const string Name = "bocage.langue";

    public static RouteHandlerBuilder MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/langue/{culture}", async (string culture, string? retour, HttpContext http, AccountsDb accounts) =>
        {
            var chosen = SupportedCultures.IsSupported(culture) ? culture : SupportedCultures.Default;
            http.Response.Cookies.Append(
                Name,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                }
            );
            if (http.User.AccountId() is { } accountId)
            {
                await accounts
                    .Users.Where(a => a.Id == accountId && a.PreferredLanguage != chosen)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.PreferredLanguage, chosen), http.RequestAborted);
            }
            return Results.LocalRedirect(LocalUrls.OrDefault(retour, "/"));
        });
}
