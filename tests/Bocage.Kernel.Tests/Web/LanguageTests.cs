using System.Net;

namespace Bocage.Kernel.Tests.Web;

public sealed class LanguageTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Switching_to_English_sticks_on_the_next_pages(DatabaseProvider db)
    {
        var client = apps.Client(db);
        using var switched = await client.GetAsync("/langue/en?retour=%2Fcommunes%2Ffourmies");
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Equal("/communes/fourmies", switched.RequestMessage!.RequestUri!.AbsolutePath);

        var html = await client.GetPageAsync("/feuille-de-route");

        Assert.Contains("lang=\"en\"", html);
        Assert.Contains("Digital roadmap", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Dutch_is_offered_to_Belgian_neighbours(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/?langue=nl");

        Assert.Contains("lang=\"nl\"", html);
        Assert.Contains("Het gebied", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_language_falls_back_to_French(DatabaseProvider db)
    {
        var client = apps.Client(db);
        var viaQuery = await client.GetPageAsync("/?langue=xx");
        using var viaSwitch = await client.GetAsync("/langue/klingon?retour=%2F");
        var afterSwitch = await viaSwitch.Content.ReadAsStringAsync();

        Assert.Contains("lang=\"fr\"", viaQuery);
        Assert.Contains("Le territoire", viaQuery);
        Assert.Contains("lang=\"fr\"", afterSwitch);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_switch_never_sends_people_to_another_site(DatabaseProvider db)
    {
        var client = apps.Client(db, followRedirects: false);
        foreach (var target in new[] { "//evil.example/", "https://evil.example/", "/\\evil.example" })
        {
            using var response = await client.GetAsync($"/langue/en?retour={Uri.EscapeDataString(target)}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
        }
    }
}
