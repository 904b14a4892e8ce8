using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// « Télécharger ces lignes »: the preview's filter carries to every download format, which then holds exactly the
/// rows the preview counted.
/// </summary>
public sealed partial class FilteredDownloadTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [GeneratedRegex(@"href=""(/api/donnees/deploiement-fibre/[^""]+/export\.(csv|json)\?[^""]+)""")]
    private static partial Regex FilteredLink();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_filtered_preview_offers_its_rows_in_each_format_and_only_those(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();
        var page = WebUtility.HtmlDecode(
            await browser.OpenAsync("/donnees/deploiement-fibre?colonne=commune&valeur=tr%C3%A9lon")
        );
        Assert.Contains("Télécharger ces 6 lignes", page);
        var links = FilteredLink()
            .Matches(page)
            .ToDictionary(m => m.Groups[2].Value, m => WebUtility.HtmlDecode(m.Groups[1].Value));
        Assert.Equal(["csv", "json"], links.Keys.Order());

        using var csv = await browser.GetAsync(links["csv"]);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 6, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("Trélon", l));

        using var json = await browser.GetAsync(links["json"]);
        using var rows = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var all =
            rows.RootElement.ValueKind == JsonValueKind.Array
                ? rows.RootElement
                : rows.RootElement.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        Assert.Equal(6, all.GetArrayLength());

        // Without a filter, no « ces lignes » links: the full downloads are the ones above.
        var whole = await browser.OpenAsync("/donnees/deploiement-fibre");
        Assert.DoesNotContain("Télécharger ces", WebUtility.HtmlDecode(whole));
    }
}
