using System.Net;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class GeographicPublishingTests
{
    private const string Points =
        "{\"type\":\"FeatureCollection\",\"features\":["
        + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Kiosque\",\"places\":12},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.051,50.017]}},"
        + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Halle\",\"places\":40},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.06,50.02]}}]}";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_publishes_GeoJSON_and_XLSX_and_a_malformed_file_is_a_message(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var agent = app.Browser();
        await PublishingTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.SubmitAsync(
            "/gestion/donnees",
            new Dictionary<string, string>
            {
                ["Input.Title"] = "Kiosques de Fourmies",
                ["Input.Description"] = "Lieux couverts.",
                ["Input.Organisation"] = "mairie-fourmies",
                ["Input.Theme"] = "Équipements",
                ["Input.Frequency"] = "Annuelle",
            },
            "/gestion/donnees"
        );
        const string path = "/gestion/donnees/kiosques-de-fourmies";

        using var malformed = await PublishingTests.UploadAsync(
            agent,
            path,
            "kiosques.geojson",
            Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\"features\":[}"),
            ""
        );
        var refused = WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync());
        using var geo = await PublishingTests.UploadAsync(
            agent,
            path,
            "kiosques.geojson",
            Encoding.UTF8.GetBytes(Points),
            ""
        );
        using var exported = JsonDocument.Parse(
            await agent.Client.GetStringAsync("/api/donnees/kiosques-de-fourmies/donnees/export.geojson?places__min=20")
        );
        var workbook = new MemoryStream();
        await workbook.SaveAsAsync(
            new[]
            {
                new Dictionary<string, object> { ["nom"] = "Préau", ["places"] = 8 },
            }
        );
        using var xlsx = await PublishingTests.UploadAsync(agent, path, "kiosques.xlsx", workbook.ToArray(), "");
        var rows = await agent.Client.GetStringAsync("/api/donnees/kiosques-de-fourmies/donnees/lignes");

        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Contains("Le fichier GeoJSON est mal formé", refused);
        Assert.Equal("/donnees/kiosques-de-fourmies", geo.RequestMessage!.RequestUri!.AbsolutePath);
        var feature = Assert.Single(exported.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("Halle", feature.GetProperty("properties").GetProperty("nom").GetString());
        Assert.Equal("/donnees/kiosques-de-fourmies", xlsx.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("\"total\":1", rows);
        Assert.Contains("Préau", rows);
    }
}
