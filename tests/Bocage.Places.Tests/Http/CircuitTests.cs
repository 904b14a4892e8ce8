using System.Net;
using System.Xml.Linq;

namespace Bocage.Places.Tests.Http;

/// <summary>A circuit's page and its downloads, the files checked by xmllint against the official schemas.</summary>
public sealed class CircuitTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_circuit_page_reads_without_javascript_with_its_steps_and_profile_as_a_table(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();

        var list = WebUtility.HtmlDecode(await visitor.OpenAsync("/circuits?pratique=Bike"));
        var page = WebUtility.HtmlDecode(await visitor.OpenAsync("/circuits/boucle-du-valjoly"));

        Assert.Contains("Du textile au verre à vélo", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Boucle du lac du ValJoly", list, StringComparison.Ordinal);
        Assert.Contains("<ol>", page, StringComparison.Ordinal);
        Assert.Contains("Belvédère de la rive nord", page, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"circuit-track\"", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Altitude le long du circuit</caption>", page, StringComparison.Ordinal);
        // The highest landmark of the loop is at 236 m: the profile's description and table say so.
        Assert.Contains("de 205 m à 236 m d'altitude", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/annuaire/station-valjoly\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/circuits/boucle-du-valjoly.gpx\"", page, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_gpx_and_kml_downloads_pass_the_official_schemas(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var client = app.CreateClient();

        using var gpxResponse = await client.GetAsync("/circuits/textile-et-verre-a-velo.gpx");
        var gpx = await gpxResponse.Content.ReadAsStringAsync();
        var kml = await client.GetStringAsync("/circuits/textile-et-verre-a-velo.kml");
        using var missing = await client.GetAsync("/circuits/nulle-part.gpx");

        Assert.Equal("application/gpx+xml", gpxResponse.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(gpx);
        var ns = XNamespace.Get("http://www.topografix.com/GPX/1/1");
        Assert.Equal(4, document.Root!.Elements(ns + "wpt").Count());
        Assert.True(document.Descendants(ns + "trkpt").Count() > 100);
        await AssertValidAsync(gpx, "gpx", RepositoryFolders.Standard("gpx", "gpx.xsd"));
        await AssertValidAsync(kml, "kml", RepositoryFolders.Standard("kml", "ogckml22.xsd"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Xmllint_refuses_a_gpx_the_schema_forbids()
    {
        // The validator must be able to fail: a latitude out of range is not GPX.
        const string invalid =
            """<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="t"><wpt lat="99" lon="4"/></gpx>""";

        var (exit, output) = await LintAsync(invalid, "gpx", RepositoryFolders.Standard("gpx", "gpx.xsd"));

        Assert.NotEqual(0, exit);
        Assert.Contains("lat", output, StringComparison.Ordinal);
    }

    private static async Task AssertValidAsync(string xml, string extension, string schema)
    {
        var (exit, output) = await LintAsync(xml, extension, schema);
        Assert.True(exit == 0, output);
    }

    private static async Task<(int, string)> LintAsync(string xml, string extension, string schema)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllTextAsync(file, xml);
        try
        {
            // The KML schema imports xAL by an absolute URL: the catalog maps it to the copy kept beside it.
            Environment.SetEnvironmentVariable("XML_CATALOG_FILES", RepositoryFolders.Standard("kml", "catalog.xml"));
            return await ExternalValidator.RunAsync("xmllint", "--nonet", "--noout", "--schema", schema, file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
