using Bocage.Kernel.Files;
using Bocage.Web.Emblems;
using Bocage.Web.WebFiles;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Bocage.Web.Hosting;

internal static class WebPipeline
{
    public static void UseBocageWeb(this WebApplication app)
    {
        app.WarnWhenSiteAddressUnset();
        HostingProvider.WarnWhenUnset(app);
        app.UseForwardedHeaders();
        app.UseSecurityHeaders(
            SecurityHeaderPolicy.Create(
                Accounts.IdentityProviderSetup.Origin(app.Configuration),
                TileOrigin(app.Configuration)
            )
        );
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur/500");
        }
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<Accounts.StaffTwoFactorGate>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        // Reachable by staff who have not enrolled their second factor yet (StaffTwoFactorGate).
        var open = new Accounts.SecondFactorNotRequiredAttribute();
        app.MapStaticAssets().WithMetadata(open);
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(open);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .WithMetadata(open);
        app.MapHealthChecks(
                "/health/antivirus",
                new HealthCheckOptions { Predicate = c => c.Tags.Contains(AntivirusHealthCheck.Tag) }
            )
            .WithMetadata(open);
        app.MapCultureSwitch().WithMetadata(open).ExcludeFromDescription();
        app.MapWebFiles();
        app.MapTerritoryIdentity();
        app.MapOpenApi("/api/openapi.json");
    }

    /// <summary>Scheme, host and port of the configured map tile service, for the CSP; null when none.</summary>
    private static string? TileOrigin(IConfiguration configuration) =>
        Uri.TryCreate(
            (configuration["Data:Map:TileUrl"] ?? "")
                .Replace("{", "", StringComparison.Ordinal)
                .Replace("}", "", StringComparison.Ordinal),
            UriKind.Absolute,
            out var url
        )
        && url.Scheme == Uri.UriSchemeHttps
            ? url.GetLeftPart(UriPartial.Authority)
            : null;
}
