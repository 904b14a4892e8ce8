using System.Net;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Bocage.Kernel.Tests.Web;

/// <summary>
/// robots.txt, sitemap.xml and security.txt: what crawlers and security researchers read first, every address
/// built from Site:BaseUrl whatever Host the request claims.
/// </summary>
public sealed class WebFilesTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // A forged Host: the files must still name the configured site (the test client's http://localhost).
        request.Headers.Host = "pirate.example";
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Robots_keep_crawlers_out_of_personal_pages_and_name_the_site_map(DatabaseProvider db)
    {
        var (response, robots) = await GetAsync(apps.Client(db), "/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = robots.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /gestion/", lines);
        Assert.Contains("Disallow: /compte", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.DoesNotContain("pirate", robots);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_site_map_lists_every_public_page_and_follows_the_official_schema(DatabaseProvider db)
    {
        var (response, xml) = await GetAsync(apps.Client(db), "/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schemas = new XmlSchemaSet();
        schemas.Add(Sitemap.NamespaceName, RepositoryFolders.Standard("sitemap", "sitemap.xsd"));
        var document = XDocument.Parse(xml);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);
        var pages = document.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Equal(pages.Count, pages.Distinct().Count());
        Assert.All(pages, p => Assert.StartsWith("http://localhost/", p));
        Assert.Contains("http://localhost/", pages);
        Assert.Contains("http://localhost/communes/fourmies", pages);
        Assert.Contains("http://localhost/feuille-de-route", pages);
        Assert.Contains(pages, p => p.StartsWith("http://localhost/demarches/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("http://localhost/donnees/", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("http://localhost/observatoire/", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.Contains("/gestion", StringComparison.Ordinal) || p.Contains('#'));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Security_txt_follows_RFC_9116(DatabaseProvider db)
    {
        var (response, text) = await GetAsync(apps.Client(db), "/.well-known/security.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(": ", 2))
            .GroupBy(f => f[0], f => f[1])
            .ToDictionary(g => g.Key, g => g.ToList());
        // Contact: at least one, a URI; Expires: exactly one, an Internet date-time, in the future, within a year.
        Assert.All(fields["Contact"], c => Assert.Matches("^(mailto:[^@\\s]+@[^@\\s]+|https://\\S+)$", c));
        var expires = Assert.Single(fields["Expires"]);
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", expires);
        var when = DateTimeOffset.Parse(expires, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(when, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(367));
        Assert.Equal("http://localhost/.well-known/security.txt", Assert.Single(fields["Canonical"]));
        Assert.Equal("fr, en, nl", Assert.Single(fields["Preferred-Languages"]));
        Assert.DoesNotContain("pirate", text);
    }
}
