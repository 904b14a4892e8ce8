using System.Net;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Web;

/// <summary>
/// The anti-forgery cookie is Secure over HTTPS; names with control characters are refused at the field.
/// </summary>
public sealed class FormHardeningTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static string? AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("bocage.af=", StringComparison.Ordinal))
            : null;

    [Fact]
    public async Task The_anti_forgery_cookie_is_secure_over_HTTPS_and_still_set_over_plain_HTTP()
    {
        using var client = apps.App(DatabaseProvider.Sqlite).CreateClient();

        using var https = await client.GetAsync("https://localhost/connexion");
        using var http = await client.GetAsync("http://localhost/connexion");

        var secure = AntiforgeryCookie(https);
        var plain = AntiforgeryCookie(http);
        Assert.NotNull(secure);
        Assert.Contains("; secure", secure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", secure, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(plain);
        Assert.DoesNotContain("; secure", plain, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Léa\r\nBcc: x@evil.example")]
    [InlineData("Léa\tMartin")]
    [InlineData("Léa\u202Enitram")]
    [InlineData("Léa\u0000")]
    public void Names_with_control_characters_or_bidirectional_overrides_are_invalid(string name)
    {
        Assert.False(new PersonNameAttribute().IsValid(name));
    }

    [Fact]
    public void Ordinary_names_are_valid()
    {
        Assert.True(new PersonNameAttribute().IsValid("Marie-Hélène D'Anjou-Vandenberghe"));
        Assert.True(new PersonNameAttribute().IsValid(null));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_sign_up_with_a_line_break_in_the_name_is_refused_at_the_field_and_creates_nothing(
        DatabaseProvider db
    )
    {
        var app = apps.App(db);
        var browser = app.Browser();

        using var response = await browser.SubmitAsync(
            "/inscription",
            new Dictionary<string, string>
            {
                ["Input.GivenName"] = "Léa\r\nBcc: x@evil.example",
                ["Input.FamilyName"] = "Martin",
                ["Input.Email"] = "lea.controle@exemple.fr",
                ["Input.Password"] = "une phrase de passe assez longue",
                ["Input.PasswordConfirm"] = "une phrase de passe assez longue",
            },
            "/inscription"
        );

        Assert.Equal("/inscription", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(
            "Le nom ne doit pas contenir de caractère de contrôle",
            WebUtility.HtmlDecode(browser.LastPage)
        );
        Assert.Contains("Input_GivenName-erreur", browser.LastPage);
        using var scope = app.Services.CreateScope();
        Assert.Null(
            await scope
                .ServiceProvider.GetRequiredService<UserManager<Account>>()
                .FindByEmailAsync("lea.controle@exemple.fr")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Changing_ones_name_to_one_with_a_tab_is_refused_at_the_field(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync("habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");

        await browser.SubmitAsync(
            "/compte?handler=Profile",
            new Dictionary<string, string>
            {
                ["Profile.GivenName"] = "Camille\tX",
                ["Profile.FamilyName"] = "Lefebvre",
            },
            "/compte"
        );

        Assert.Contains(
            "Le nom ne doit pas contenir de caractère de contrôle",
            WebUtility.HtmlDecode(browser.LastPage)
        );
        using var scope = app.Services.CreateScope();
        var account = await scope
            .ServiceProvider.GetRequiredService<UserManager<Account>>()
            .FindByEmailAsync("habitant@demo.sud-avesnois.fr");
        Assert.Equal("Camille", account!.GivenName);
    }
}
