using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Web;

public sealed class OperationsTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Readiness_checks_the_database(DatabaseProvider db)
    {
        var client = apps.Client(db);

        Assert.Equal("Healthy", await client.GetPageAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetPageAsync("/health/ready"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_carry_a_strict_content_security_policy(DatabaseProvider db)
    {
        using var response = await apps.Client(db).GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only for HTTPS requests");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task HSTS_is_sent_behind_an_HTTPS_reverse_proxy(DatabaseProvider db)
    {
        using var proxied = apps.App(db)
            .WithWebHostBuilder(b =>
                b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new FromLoopbackProxy()))
            );
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "services.ccsa.example";
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await proxied.CreateClient().SendAsync(request);

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_are_compressed_with_brotli_when_the_browser_accepts_it(DatabaseProvider db)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feuille-de-route");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await apps.Client(db).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Static_assets_are_fingerprinted(DatabaseProvider db)
    {
        // Long-lived caching of fingerprinted files applies to the published application; a build
        // output (as here) serves them with no-cache so that edits show at once.
        var client = apps.Client(db);
        var html = await client.GetPageAsync("/");
        var css = System
            .Text.RegularExpressions.Regex.Match(html, "href=\"(/css/bocage\\.[a-z0-9]{6,}\\.css)\"")
            .Groups[1]
            .Value;
        var js = System
            .Text.RegularExpressions.Regex.Match(html, "src=\"(/lib/htmx/htmx\\.min\\.[a-z0-9]{6,}\\.js)\"")
            .Groups[1]
            .Value;
        Assert.NotEmpty(css);
        Assert.NotEmpty(js);

        using var response = await client.GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }
}

/// <summary>The test server has no client address; nginx on the same machine connects from loopback.</summary>
internal sealed class FromLoopbackProxy : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
        app =>
        {
            app.Use(
                (context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Loopback;
                    return nextMiddleware(context);
                }
            );
            next(app);
        };
}
