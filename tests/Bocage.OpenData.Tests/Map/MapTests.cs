using System.Net;
using System.Text.Json;

namespace Bocage.OpenData.Tests.Map;

public sealed class MapTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_map_page_works_without_javascript_with_an_svg_map_and_its_text_alternative(
        DatabaseProvider db
    )
    {
        var page = WebUtility.HtmlDecode(
            await fixture.App(db).Browser().OpenAsync("/carte?indicateur=population&couche=wifi")
        );

        Assert.Contains("<svg viewBox", page);
        Assert.Contains("role=\"img\"", page);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(page, "data-insee=\"\\d{5}\"").Count);
        Assert.Contains("Légende : Population municipale", page);
        Assert.Contains("La carte en texte", page);
        Assert.Contains("Wifi public — mairie de Baives", page);
        Assert.Contains("fill=\"#006d2c\"", page);
        Assert.Matches("src=\"/lib/leaflet/leaflet(\\.\\w+)?\\.js\"", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_first_visit_without_a_query_string_shows_the_wifi_layer_and_no_error(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();

        using var response = await browser.GetAsync("/carte");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The error summary partial (_ErrorSummary) is the only one that names its title « erreurs-formulaire ».
        Assert.DoesNotContain("erreurs-formulaire", browser.LastPage);
        Assert.DoesNotContain("field is required", browser.LastPage);
        Assert.Matches("id=\"couche-wifi\"[^>]* checked", browser.LastPage);
        Assert.Contains("Wifi public — mairie de Baives", WebUtility.HtmlDecode(browser.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_communes_outline_is_the_official_one_of_IGN_Admin_Express_with_its_credit(
        DatabaseProvider db
    )
    {
        var browser = fixture.App(db).Browser();
        using var communes = JsonDocument.Parse(await browser.OpenAsync("/api/carte/couches/communes.geojson"));
        var official = OfficialOutlines.ByInsee();

        var served = communes
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .ToDictionary(
                f => f.GetProperty("properties").GetProperty("insee").GetString()!,
                f => OfficialOutlines.Polygon(f.GetProperty("geometry"))
            );

        Assert.Equal(official.Keys.Order(), served.Keys.Order());
        Assert.All(official, o =>
        {
            var outline = served[o.Key];
            Assert.Equal(o.Value.NumPoints, outline.NumPoints);
            Assert.Equal(o.Value.Area, outline.Area, 9);
            Assert.True(
                o.Value.Normalized().EqualsExact(outline.Normalized(), 1e-9),
                $"{o.Key} is not the official outline."
            );
            Assert.True(
                NetTopologySuite.Algorithm.Orientation.IsCCW(outline.ExteriorRing.CoordinateSequence),
                $"{o.Key}: RFC 7946 wants the exterior ring counterclockwise."
            );
        });
        Assert.True(
            served["59249"].Contains(new NetTopologySuite.Geometries.Point(4.0536, 50.0157)),
            "Fourmies' town hall is in Fourmies."
        );
        // The invented outlines gave this point, near Wallers-en-Fagne's village, to Wallers; officially it is in
        // Trélon.
        Assert.True(served["59601"].Contains(new NetTopologySuite.Geometries.Point(4.1660, 50.0695)));
        Assert.Contains(
            "IGN – Admin Express, Licence Ouverte",
            WebUtility.HtmlDecode(await browser.OpenAsync("/carte"))
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Layers_are_valid_GeoJSON_and_the_choropleth_carries_the_colours(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        using var communes = JsonDocument.Parse(
            await client.GetStringAsync("/api/carte/couches/communes.geojson?indicateur=couverture-fibre")
        );
        using var wifi = JsonDocument.Parse(await client.GetStringAsync("/api/carte/couches/wifi.geojson"));

        var features = communes.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal("FeatureCollection", communes.RootElement.GetProperty("type").GetString());
        Assert.Equal(12, features.Count);
        Assert.All(features, f =>
        {
            Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString());
            var ring = f.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().ToList();
            Assert.Equal(ring[0].ToString(), ring[^1].ToString());
            Assert.StartsWith("#", f.GetProperty("properties").GetProperty("couleur").GetString());
        });
        var point = wifi.RootElement.GetProperty("features")[0].GetProperty("geometry");
        Assert.Equal("Point", point.GetProperty("type").GetString());
        Assert.InRange(point.GetProperty("coordinates")[0].GetDouble(), 3.9, 4.3);
        Assert.InRange(point.GetProperty("coordinates")[1].GetDouble(), 49.9, 50.2);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Within_N_km_keeps_only_the_nearby_points_nearest_first(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        using var near = JsonDocument.Parse(
            await client.GetStringAsync("/api/carte/couches/wifi.geojson?lat=50.0167&lon=4.05&km=2")
        );
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/carte/couches/wifi.geojson"));

        var names = near
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.Equal("Fourmies", n.GetProperty("commune").GetString()));
        Assert.True(
            names
                .Select(n => n.GetProperty("distance_km").GetDouble())
                .SequenceEqual(names.Select(n => n.GetProperty("distance_km").GetDouble()).Order())
        );
        Assert.Equal(15, all.RootElement.GetProperty("features").GetArrayLength());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_position_is_refused_clearly_not_with_a_500(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();

        using var api = await browser.GetAsync("/api/carte/couches/wifi.geojson?lat=nord&lon=4&km=5");
        using var unknown = await browser.GetAsync("/api/carte/couches/tout.geojson");
        using var restricted = await browser.GetAsync(
            "/api/carte/couches/communes.geojson?indicateur=commerces-vacants"
        );
        using var page = await browser.GetAsync("/carte?lat=nord&lon=4&km=5");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, restricted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Indiquez une latitude, une longitude et un rayon", WebUtility.HtmlDecode(browser.LastPage));
        Assert.Contains("value=\"nord\"", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_position_is_explained_in_the_language_of_the_request(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();

        using var french = await browser.GetAsync("/api/carte/couches/wifi.geojson?lat=nord&lon=4&km=5");
        var frenchError = JsonDocument.Parse(browser.LastPage).RootElement.GetProperty("detail").GetString();
        using var english = await browser.GetAsync("/api/carte/couches/wifi.geojson?lat=nord&lon=4&km=5&langue=en");
        var englishError = JsonDocument.Parse(browser.LastPage).RootElement.GetProperty("detail").GetString();
        using var unknown = await browser.GetAsync("/api/carte/couches/inconnue.geojson");

        // RFC 9457 problem details, as the data API answers, never the HTML error page.
        Assert.Equal("application/problem+json", french.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);

        Assert.Equal("lat, lon et km doivent être des nombres (km entre 0 et 100).", frenchError);
        Assert.Equal("lat, lon and km must be numbers (km between 0 and 100).", englishError);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Leaflet_and_the_map_script_are_served_from_the_site_itself(DatabaseProvider db)
    {
        var client = fixture.Client(db);

        using var leaflet = await client.GetAsync("/lib/leaflet/leaflet.js");
        using var script = await client.GetAsync("/_content/Bocage.OpenData/map.js");
        using var style = await client.GetAsync("/_content/Bocage.OpenData/observatory.css");

        Assert.Equal(HttpStatusCode.OK, leaflet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Contains("textContent", await script.Content.ReadAsStringAsync());
    }
}
