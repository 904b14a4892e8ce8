using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bocage.Kernel.Data;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bocage.Web.Hosting;

internal static class WebServices
{
    public const string PublicPagePolicy = "public-page";

    public static void AddBocageWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Run from the build output (dotnet run, tests) in any environment, static files come from the
        // build's manifest; a published application has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        // French text stays readable (and lighter) in the HTML: only what HTML needs is escaped.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton(sp => new SharedText(sp.GetRequiredService<IStringLocalizer<SharedResource>>()));
        services.AddSingleton<HoursWording>();
        services.AddScoped<Bocage.Kernel.Search.ISearchSource, Search.SiteMenuSearchSource>();
        services.Configure<RequestLocalizationOptions>(ConfigureCultures);
        services
            .AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource))
            );
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bocage.af";
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure over HTTPS (behind nginx too, through the forwarded headers), as the session cookie.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOutputCache(o =>
            o.AddPolicy(PublicPagePolicy, p =>
                p.Expire(TimeSpan.FromSeconds(60))
                    .SetVaryByQuery("langue", "pilier", "tag", "statut", "q")
                    .VaryByValue(_ => new("culture", CultureInfo.CurrentUICulture.Name))
                    .Tag(PublicPagePolicy)
            )
        );
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
        );
        services.AllowSiteHost(builder.Configuration);
        services.AddBocageRateLimits(builder.Configuration);
        services.AddAccountPages(builder.Configuration);
        services.AddAuthorization();
        // One OpenAPI document for every engine's minimal APIs, served at /api/openapi.json.
        services.AddOpenApi(o => o.AddDocumentTransformer<PublicApiDocument>());
        services.AddHealthChecks().AddDbContextCheck<KernelDb>("database", tags: ["ready"]);
        AddTelemetry(builder);
    }

    private static void ConfigureCultures(RequestLocalizationOptions o)
    {
        o.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default);
        o.SupportedCultures = SupportedCultures.All;
        o.SupportedUICultures = SupportedCultures.All;
        o.FallBackToParentCultures = true;
        o.FallBackToParentUICultures = true;
        // The visitor's explicit choice only: French stays the default whatever the browser says.
        o.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "langue", UIQueryStringKey = "langue" },
            new CookieRequestCultureProvider { CookieName = CultureCookie.Name },
        ];
    }

    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        var otel = builder
            .Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("bocage"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("Bocage.*"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource("Bocage.*"));
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
    }
}
