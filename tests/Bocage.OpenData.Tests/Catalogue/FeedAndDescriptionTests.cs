using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// The Atom feed of new datasets, read by .NET's own Atom 1.0 reader (which refuses a feed missing what RFC 4287
/// requires), and the Schema.org descriptions search engines read in the dataset and commune pages.
/// </summary>
public sealed partial class FeedAndDescriptionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();

    private static JsonElement JsonLdOf(string page) =>
        JsonDocument.Parse(Assert.Single(JsonLdBlock().Matches(page)).Groups[1].Value).RootElement;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_feed_lists_published_datasets_newest_first_as_Atom(DatabaseProvider db)
    {
        var client = fixture.App(db).CreateClient();

        using var response = await client.GetAsync("/donnees/nouveautes.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.Equal("http://localhost/donnees/nouveautes.atom", feed.Id);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self");
        var entries = feed.Items.ToList();
        Assert.Contains(entries, e => e.Id == "http://localhost/donnees/subventions");
        Assert.All(entries, e => Assert.StartsWith("http://localhost/donnees/", e.Links.Single().Uri.ToString()));
        var dates = entries.Select(e => e.LastUpdatedTime).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(dates[0], feed.LastUpdatedTime);

        var catalogue = await client.GetStringAsync("/donnees");
        Assert.Contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\"",
            catalogue[..catalogue.IndexOf("</head>", StringComparison.Ordinal)]
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_dataset_page_describes_the_dataset_to_search_engines(DatabaseProvider db)
    {
        var page = await fixture.App(db).CreateClient().GetStringAsync("/donnees/deploiement-fibre");

        var dataset = JsonLdOf(page);
        Assert.Equal("https://schema.org", dataset.GetProperty("@context").GetString());
        Assert.Equal("Dataset", dataset.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/donnees/deploiement-fibre", dataset.GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(dataset.GetProperty("name").GetString()));
        Assert.StartsWith("https://", dataset.GetProperty("license").GetString());
        // Its year column runs from 2020 to 2025; people read the same period on the page.
        Assert.Equal("2020-01-01/2025-12-31", dataset.GetProperty("temporalCoverage").GetString());
        Assert.Contains("du 1 janvier 2020 au 31 décembre 2025", System.Net.WebUtility.HtmlDecode(page));
        var downloads = dataset.GetProperty("distribution").EnumerateArray().ToList();
        Assert.Contains(downloads, d =>
            d.GetProperty("encodingFormat").GetString() == "text/csv"
            && d.GetProperty("contentUrl").GetString()!.EndsWith("/export.csv", StringComparison.Ordinal)
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_commune_page_describes_the_commune_as_a_public_body(DatabaseProvider db)
    {
        var page = await fixture.App(db).CreateClient().GetStringAsync("/communes/trelon");

        var commune = JsonLdOf(page);
        Assert.Equal("GovernmentOrganization", commune.GetProperty("@type").GetString());
        Assert.Equal("Trélon", commune.GetProperty("name").GetString());
        Assert.Equal("59601", commune.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal(
            "Communauté de Communes Sud Avesnois",
            commune.GetProperty("parentOrganization").GetProperty("name").GetString()
        );
    }
}
