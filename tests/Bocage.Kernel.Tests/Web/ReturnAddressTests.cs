using System.Net;
using Bocage.Kernel.Tests.Accounts;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bocage.Kernel.Tests.Web;

/// <summary>A return address (<c>retour=</c>) that is odd is never a 500: the page falls back to its default.</summary>
public sealed class ReturnAddressTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Password = "Bocage-demo-2026";

    [Theory]
    [InlineData("/demarches", true)]
    [InlineData("/", true)]
    [InlineData("/d\u00e9marches?q=\u00e9cole", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/\t/evil.example", false)]
    [InlineData("/x\r\nSet-Cookie: a=b", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_paths_of_this_site_without_control_characters_are_local(string? url, bool local)
    {
        Assert.Equal(local, LocalUrls.IsLocal(url));
    }

    [Fact]
    public void Letters_outside_ASCII_are_percent_encoded_so_that_a_Location_header_carries_them()
    {
        Assert.Equal("/d%C3%A9marches?q=%C3%A9cole%20b", LocalUrls.OrDefault("/d\u00e9marches?q=\u00e9cole b", "/"));
        Assert.Equal("/", LocalUrls.OrDefault("/\t/x", "/"));
    }

    [Theory]
    [InlineData("/%09/x", "/")]
    [InlineData("/%0D%0ASet-Cookie:%20a=b", "/")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("/d%C3%A9marches", "/d%C3%A9marches")]
    [InlineData("/demarches?page=2", "/demarches?page=2")]
    public async Task The_language_switch_goes_back_only_to_a_clean_path_of_the_site(string retour, string expected)
    {
        using var client = apps.App(DatabaseProvider.Sqlite)
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/langue/fr?retour={retour}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Sign_in_with_an_odd_return_address_ends_on_the_account_page(DatabaseProvider db)
    {
        var browser = apps.App(db).Browser();

        using var page = await browser.GetAsync("/connexion?retour=/%0D%0A/x");
        using var response = await browser.SubmitAsync(
            "/connexion?retour=/%0D%0A/x",
            new Dictionary<string, string>
            {
                ["Input.Email"] = "habitant@demo.sud-avesnois.fr",
                ["Input.Password"] = Password,
            },
            "/connexion?retour=/%0D%0A/x"
        );

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_second_step_with_an_odd_return_address_ends_on_the_account_page(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var key = await StaffTests.EnrolAsync(app.Browser(), "agent.trelon@demo.sud-avesnois.fr");
        var browser = app.Browser();
        await browser.SignInAsync("agent.trelon@demo.sud-avesnois.fr", Password);

        using var page = await browser.GetAsync("/connexion/code?retour=/%09/\u00e9%0A");
        using var response = await browser.SubmitAsync(
            "/connexion/code?retour=/%09/x%0D%0A",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) },
            "/connexion/code?retour=/%09/x%0D%0A"
        );

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
