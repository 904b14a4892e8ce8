using System.Net;
using System.Text.Json;

namespace Bocage.Kernel.Tests.Web;

/// <summary>
/// The staff gate reads endpoint metadata; the API's 429 is a problem document; personal downloads are not cached.
/// </summary>
public sealed class DefenceInDepthTests
{
    private const string Password = "Bocage-demo-2026";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_without_a_second_factor_cannot_slip_past_the_gate_with_a_dot_in_the_last_segment(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var admin = app.Browser();
        await admin.SignInAsync("admin@demo.sud-avesnois.fr", Password);

        using var dotted = await admin.GetAsync("/gestion/agents/quelqu-un.json");
        using var plain = await admin.GetAsync("/gestion/agents");
        using var style = await admin.GetAsync("/css/bocage.css");
        using var probe = await admin.GetAsync("/health/live");
        using var language = await admin.GetAsync("/langue/en?retour=/compte/double-authentification");

        Assert.Equal("/compte/double-authentification", dotted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/compte/double-authentification", plain.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css", style.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal("/compte/double-authentification", language.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, language.StatusCode);
    }

    [Fact]
    public async Task Too_many_API_requests_get_a_429_problem_document_with_Retry_After()
    {
        using var app = new BocageFactory(DatabaseProvider.Sqlite).With("Data:ApiRequestsPerMinute", "2");
        using var client = app.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.GetAsync("/api/donnees/");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var refused = await client.GetAsync("/api/donnees/");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Trop de requêtes", problem.RootElement.GetProperty("title").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_download_of_ones_personal_data_is_never_stored_by_a_cache(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync("habitant@demo.sud-avesnois.fr", Password);

        using var export = await browser.Client.GetAsync("/compte/export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(export.Headers.CacheControl is { NoStore: true, Private: true });
    }
}
