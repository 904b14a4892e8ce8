using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class CatalogueHttpTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_catalogue_lists_engine_and_demo_datasets_with_facets(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();

        var page = WebUtility.HtmlDecode(await browser.OpenAsync("/donnees"));
        var filtered = WebUtility.HtmlDecode(await browser.OpenAsync("/donnees?theme=Num%C3%A9rique"));

        Assert.Contains("href=\"/donnees/communes\"", page);
        Assert.Contains("href=\"/donnees/feuille-de-route\"", page);
        Assert.Contains("href=\"/donnees/subventions\"", page);
        Assert.Contains("Numérique <span class=\"muted\">(2)</span>", page);
        Assert.Contains("href=\"/donnees/wifi-public\"", filtered);
        Assert.DoesNotContain("href=\"/donnees/subventions\"", filtered);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_preview_filters_and_sorts_through_the_address(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();

        var page = WebUtility.HtmlDecode(
            await browser.OpenAsync("/donnees/deploiement-fibre?colonne=commune&valeur=tr%C3%A9lon&tri=-annee")
        );

        Assert.Contains("6 ligne(s) correspondent", page);
        var years = System
            .Text.RegularExpressions.Regex.Matches(page, "<td>(20\\d\\d)</td>")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(["2025", "2024", "2023", "2022", "2021", "2020"], years);
        Assert.Contains("aria-sort=\"descending\"", page);
        Assert.Contains("<svg", page);
        Assert.Matches(
            "/api/donnees/deploiement-fibre/donnees/lignes\\?commune__contient=tr(é|%C3%A9)lon&tri=-annee&page=1",
            page
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_API_filters_sorts_pages_and_selects_fields(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        using var json = JsonDocument.Parse(
            await client.GetStringAsync(
                "/api/donnees/deploiement-fibre/donnees/lignes?annee__min=2024&tri=-locaux_raccordables&taille=5&page=2&champs=commune,locaux_raccordables"
            )
        );
        using var equal = JsonDocument.Parse(
            await client.GetStringAsync("/api/donnees/deploiement-fibre/donnees/lignes?insee=59249&annee=2025")
        );
        using var unknown = await client.GetAsync("/api/donnees/deploiement-fibre/donnees/lignes?inconnue=1");

        Assert.Equal(24, json.RootElement.GetProperty("total").GetInt64());
        var rows = json.RootElement.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(2, rows[0].EnumerateObject().Count());
        var values = rows.Select(r => r.GetProperty("locaux_raccordables").GetInt64()).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.Contains("page=3", json.RootElement.GetProperty("suivant").GetString());
        var only = Assert.Single(equal.RootElement.GetProperty("lignes").EnumerateArray());
        Assert.Equal("Fourmies", only.GetProperty("commune").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Colonne inconnue : inconnue.", await unknown.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_API_says_what_is_wrong_in_the_readers_language(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        using var english = JsonDocument.Parse(
            await (
                await client.GetAsync("/api/donnees/deploiement-fibre/donnees/lignes?inconnue=1&langue=en")
            ).Content.ReadAsStringAsync()
        );
        using var dutch = JsonDocument.Parse(
            await (await client.GetAsync("/api/donnees/aucun-jeu?langue=nl")).Content.ReadAsStringAsync()
        );
        using var french = JsonDocument.Parse(
            await (
                await client.GetAsync("/api/donnees/deploiement-fibre/absente/export.csv")
            ).Content.ReadAsStringAsync()
        );

        Assert.Equal("Invalid request", english.RootElement.GetProperty("title").GetString());
        Assert.Equal("Unknown column: inconnue.", english.RootElement.GetProperty("detail").GetString());
        Assert.Equal("Dataset niet gevonden.", dutch.RootElement.GetProperty("detail").GetString());
        Assert.Equal(
            "Ressource introuvable ou pas encore publiée.",
            french.RootElement.GetProperty("detail").GetString()
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Exports_stream_every_row_in_each_format(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        var csv = await client.GetStringAsync("/api/donnees/deploiement-fibre/donnees/export.csv?insee=59249");
        using var geo = JsonDocument.Parse(
            await client.GetStringAsync("/api/donnees/wifi-public/donnees/export.geojson")
        );
        var xlsx = await client.GetByteArrayAsync("/api/donnees/subventions/donnees/export.xlsx");
        using var noGeometry = await client.GetAsync("/api/donnees/subventions/donnees/export.geojson");

        var lines = csv.TrimEnd().Split('\n');
        Assert.Equal("insee,commune,annee,locaux,locaux_raccordables", lines[0].TrimEnd('\r'));
        Assert.Equal(7, lines.Length);
        Assert.Equal(12, geo.RootElement.GetProperty("features").GetArrayLength());
        Assert.Equal(
            "Point",
            geo.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString()
        );
        Assert.Equal((byte)'P', xlsx[0]);
        Assert.Equal(HttpStatusCode.BadRequest, noGeometry.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_DCAT_catalogue_parses_as_JSON_LD_and_RDF_XML(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        using var jsonLd = JsonDocument.Parse(await client.GetStringAsync("/donnees/catalogue.jsonld"));
        var rdf = XDocument.Parse(await client.GetStringAsync("/donnees/catalogue.rdf"));
        var openApi = await client.GetStringAsync("/api/openapi.json");

        Assert.Equal("dcat:Catalog", jsonLd.RootElement.GetProperty("@type").GetString());
        var datasets = jsonLd.RootElement.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Contains(datasets, d => d.GetProperty("dct:identifier").GetString() == "communes");
        Assert.All(datasets, d =>
            Assert.Equal(
                "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                d.GetProperty("dct:license").GetProperty("@id").GetString()
            )
        );
        XNamespace dcat = "http://www.w3.org/ns/dcat#";
        Assert.True(rdf.Descendants(dcat + "Dataset").Count() >= 6);
        Assert.NotEmpty(rdf.Descendants(dcat + "downloadURL"));
        Assert.Contains("/api/donnees/{dataset}/{resource}/lignes", openApi);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Anonymous_API_use_is_rate_limited(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db).With("Data:ApiRequestsPerMinute", "3");
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/api/donnees");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
