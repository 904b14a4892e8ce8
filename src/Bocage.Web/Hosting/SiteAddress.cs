using Bocage.Kernel.Web;
using Microsoft.AspNetCore.HostFiltering;

namespace Bocage.Web.Hosting;

/// <summary>
/// The public address (<c>Site:BaseUrl</c>) and the hosts the application answers (<c>AllowedHosts</c>).
/// Links never come from the Host header; refusing unknown hosts as well keeps forged hosts out of
/// caches and logs.
/// </summary>
internal static class SiteAddress
{
    /// <summary>
    /// Unless every host is allowed (development, tests), the host of <c>Site:BaseUrl</c> is allowed too,
    /// so that production only lists loopback (for local probes) and any extra names in <c>AllowedHosts</c>.
    /// </summary>
    public static void AllowSiteHost(this IServiceCollection services, IConfiguration configuration)
    {
        var site = PublicSite.From(configuration);
        services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (o.AllowedHosts.Contains("*") || o.AllowedHosts.Contains(site.Host, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }
            o.AllowedHosts = [.. o.AllowedHosts, site.Host];
        });
    }

    /// <summary>
    /// Outside development, links to the default localhost address would reach nobody: say so at start-up.
    /// </summary>
    public static void WarnWhenSiteAddressUnset(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !PublicSite.IsConfigured(app.Configuration))
        {
            app.Logger.LogWarning(
                "{Setting} is not set: mailed links point to {Default}. Set Site__BaseUrl to the public address (e.g. https://services.example.org).",
                PublicSite.SettingKey,
                PublicSite.DefaultBaseUrl
            );
        }
    }
}
