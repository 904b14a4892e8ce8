using System.Globalization;
using System.Text;
using System.Xml;
using Bocage.Kernel.Search;
using Bocage.Kernel.Web;

namespace Bocage.Web.WebFiles;

/// <summary>
/// The files the web expects at fixed addresses: <c>/robots.txt</c> (what crawlers may read, and where the site
/// map is), <c>/sitemap.xml</c> (every public page the search index holds, sitemaps.org 0.9) and
/// <c>/.well-known/security.txt</c> (RFC 9116: whom to tell about a vulnerability, until when this is true).
/// Every address in them is built from <c>Site:BaseUrl</c>, never from the request.
/// </summary>
internal static class WebFilesEndpoints
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>People's own affairs, back offices and machine interfaces: nothing for a search engine.</summary>
    public static readonly string[] Disallowed =
    [
        "/gestion/",
        "/compte",
        "/connexion",
        "/deconnexion",
        "/factures/",
        "/demarches/mes-dossiers",
        "/recherche",
        "/api/",
        "/simulateur-payfip/",
    ];

    public static void MapWebFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (PublicSite site) => Results.Text(Robots(site), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        app.MapGet("/.well-known/security.txt", (PublicSite site, IConfiguration configuration, TimeProvider clock) =>
                Results.Text(SecurityTxt.Write(site, configuration, clock), "text/plain; charset=utf-8")
            )
            .ExcludeFromDescription();
    }

    public static string Robots(PublicSite site)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append(CultureInfo.InvariantCulture, $"Disallow: {path}\n");
        }
        return text.Append(CultureInfo.InvariantCulture, $"\nSitemap: {site.Absolute("/sitemap.xml")}\n").ToString();
    }

    private static async Task<IResult> SitemapAsync(
        SearchIndex index,
        SearchFreshness freshness,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        await freshness.EnsureAsync(index, cancellationToken);
        var paths = (await index.PublicPathsAsync(cancellationToken)).Prepend("/").Distinct(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        await using (
            var xml = XmlWriter.Create(
                buffer,
                new XmlWriterSettings
                {
                    Async = true,
                    Encoding = new UTF8Encoding(false),
                    Indent = true,
                }
            )
        )
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
            foreach (var path in paths)
            {
                await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
                await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, site.Absolute(path));
                await xml.WriteEndElementAsync();
            }
            await xml.WriteEndElementAsync();
        }
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
