using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.IdentityProviders;

public sealed class IdentityProviderConfigurationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Without_an_authority_there_is_no_provider_and_no_button()
    {
        var app = apps.App(DatabaseProvider.Sqlite);

        var browser = app.Browser();
        using var response = await browser.GetAsync("/connexion");

        Assert.DoesNotContain("FranceConnect", browser.LastPage);
        Assert.Contains(
            "form-action 'self';",
            string.Join(' ', response.Headers.GetValues("Content-Security-Policy")) + ";"
        );
        Assert.Null(
            await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("franceconnect")
        );
    }

    [Theory]
    [InlineData(
        "http://franceconnect.example/",
        "false",
        "secret",
        "RequireHttpsMetadata=false is only allowed for a provider on the loopback address"
    )]
    [InlineData(
        "https://franceconnect.example/",
        "true",
        "",
        "IdentityProviders:FranceConnect:ClientSecret is required"
    )]
    public void A_dangerous_or_incomplete_configuration_stops_the_start(
        string authority,
        string requireHttps,
        string secret,
        string message
    )
    {
        using var app = new BocageFactory(DatabaseProvider.Sqlite)
            .With("Database:SeedDemo", "false")
            .With("IdentityProviders:FranceConnect:Authority", authority)
            .With("IdentityProviders:FranceConnect:ClientId", "bocage")
            .With("IdentityProviders:FranceConnect:ClientSecret", secret)
            .With("IdentityProviders:FranceConnect:RequireHttpsMetadata", requireHttps);

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(message, error.ToString());
    }
}
