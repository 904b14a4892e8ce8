using System.Net;

namespace Bocage.OpenData.Tests.Map;

/// <summary>
/// The base map: none in development and tests (the outlines alone, no outside service), the IGN Géoplateforme
/// « Plan IGN » by default in production, its origin then allowed by the CSP and its credit shown.
/// </summary>
public sealed class BaseMapTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Production_draws_the_IGN_plan_under_the_outlines_and_tests_draw_none(DatabaseProvider db)
    {
        await using var production = new BocageFactory(db).With("environment", "Production");
        await using var development = new BocageFactory(db);

        using var live = await production.CreateClient().GetAsync("/carte");
        var page = WebUtility.HtmlDecode(await live.Content.ReadAsStringAsync());
        var plain = WebUtility.HtmlDecode(await development.CreateClient().GetStringAsync("/carte"));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("data-tiles=\"https://data.geopf.fr/wmts?SERVICE=WMTS", page);
        Assert.Contains("data-attribution=\"IGN – Plan IGN, Licence Ouverte\"", page);
        Assert.Contains("https://data.geopf.fr", string.Join(' ', live.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("data-tiles=\"\"", plain);
    }
}
