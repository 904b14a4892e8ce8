using System.Net;
using System.Text;
using System.Text.Json;
using Bocage.OpenData.Tests.Catalogue;

namespace Bocage.OpenData.Tests.Map;

public sealed class CatalogueLayerTests
{
    private const string Kiosks =
        "{\"type\":\"FeatureCollection\",\"features\":["
        + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Kiosque du parc\",\"places\":12},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.051,50.017]}},"
        + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Halle de Trélon\",\"places\":40},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.103,50.059]}}]}";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_published_GeoJSON_dataset_is_a_map_layer_in_the_API_the_svg_and_the_text_alternative(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var agent = app.Browser();
        await PublishingTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await PublishingTests.CreateDatasetAsync(agent, "Kiosques", "Équipements");
        using var published = await PublishingTests.UploadAsync(
            agent,
            "/gestion/donnees/kiosques",
            "kiosques.geojson",
            Encoding.UTF8.GetBytes(Kiosks),
            ""
        );
        var visitor = app.Browser();

        var page = WebUtility.HtmlDecode(await visitor.OpenAsync("/carte?couche=kiosques/donnees"));
        using var all = JsonDocument.Parse(
            await visitor.Client.GetStringAsync("/api/carte/jeux/kiosques/donnees.geojson")
        );
        using var near = JsonDocument.Parse(
            await visitor.Client.GetStringAsync("/api/carte/jeux/kiosques/donnees.geojson?lat=50.0167&lon=4.05&km=2")
        );
        using var filtered = JsonDocument.Parse(
            await visitor.Client.GetStringAsync("/api/carte/jeux/kiosques/donnees.geojson?colonne=nom&valeur=halle")
        );
        var filteredPage = WebUtility.HtmlDecode(
            await visitor.OpenAsync("/carte?couche=kiosques/donnees&colonne=nom&valeur=halle")
        );
        using var unknownColumn = await visitor.GetAsync(
            "/api/carte/jeux/kiosques/donnees.geojson?colonne=prix&valeur=1"
        );
        using var unknownLayer = await visitor.GetAsync("/api/carte/jeux/kiosques/autre.geojson");

        Assert.Equal("/donnees/kiosques", published.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("value=\"kiosques/donnees\" checked=\"checked\"", page);
        Assert.Contains("Kiosques : 2 point(s)", page);
        Assert.Contains("<th scope=\"row\">Kiosque du parc</th>", page);
        Assert.Contains("places : 12", page);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, "class=\"map-svg__point\"").Count);
        Assert.Contains("href=\"/api/carte/jeux/kiosques/donnees.geojson\"", page);
        var features = all.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal(40, features[1].GetProperty("properties").GetProperty("places").GetInt32());
        Assert.Equal(4.103, features[1].GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        var close = Assert.Single(near.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("Kiosque du parc", close.GetProperty("properties").GetProperty("nom").GetString());
        Assert.InRange(close.GetProperty("properties").GetProperty("distance_km").GetDouble(), 0, 1);
        Assert.Equal(
            "Halle de Trélon",
            Assert
                .Single(filtered.RootElement.GetProperty("features").EnumerateArray())
                .GetProperty("properties")
                .GetProperty("nom")
                .GetString()
        );
        Assert.Contains("Kiosques : 1 point(s)", filteredPage);
        Assert.Contains(
            "href=\"/api/carte/jeux/kiosques/donnees.geojson?colonne=nom&valeur=halle\"",
            filteredPage.Replace("&amp;", "&")
        );
        Assert.Equal(HttpStatusCode.BadRequest, unknownColumn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownLayer.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_seeded_wifi_dataset_with_latitude_and_longitude_is_offered_as_a_layer(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var visitor = app.Browser();

        var page = WebUtility.HtmlDecode(await visitor.OpenAsync("/carte"));
        var layer = WebUtility.HtmlDecode(
            await visitor.OpenAsync("/carte?couche=wifi-public/donnees&lat=50.016&lon=4.054&km=1")
        );

        Assert.Contains("value=\"wifi-public/donnees\"", page);
        Assert.Contains("value=\"equipements-collectifs/donnees\"", page);
        Assert.DoesNotContain("value=\"subventions/donnees\"", page);
        Assert.Contains("Points d'accès wifi public : 1 point(s)", layer);
        Assert.Contains("WiFi public Fourmies", layer);
    }
}
