using System.Web;
using Bocage.Web.Accounts;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>
/// What FranceConnect v2 itself checks, beyond what the test provider (OpenIddict) is lenient about:
/// the parameters of the authorize and logout query strings, the nonce's length, ES256 signatures and
/// the UserInfo JWT.
/// </summary>
public sealed class FranceConnectProtocolTests(FranceConnectSites sites) : IClassFixture<FranceConnectSites>
{
    private static Dictionary<string, string?> Parameters(string query)
    {
        var values = HttpUtility.ParseQueryString(query);
        return values.AllKeys.ToDictionary(k => k!, k => values[k]);
    }

    [Fact]
    public async Task Authorize_and_logout_carry_only_the_parameters_FranceConnect_accepts()
    {
        var site = await sites.SiteAsync(DatabaseProvider.Sqlite);
        site.Provider.Person = ProviderPerson.New("Léa", "Liste");
        var browser = site.Browser();
        await site.SignInWithFranceConnectAsync(browser);
        await browser.SubmitAsync("/deconnexion", new Dictionary<string, string>(), "/compte");

        var authorize = Parameters(site.Provider.AuthorizeQueries.Last());
        Assert.Empty(authorize.Keys.Except(FranceConnectParameters.Authorize));
        // What FranceConnect requires, and none of PKCE's or the telemetry it would answer 400 to.
        Assert.Equal(TestIdentityProvider.ClientId, authorize["client_id"]);
        Assert.Equal("code", authorize["response_type"]);
        Assert.Equal("eidas1", authorize["acr_values"]);
        Assert.Equal("openid given_name family_name birthdate email", authorize["scope"]);
        Assert.True(authorize["nonce"]!.Length >= FranceConnectParameters.MinimumNonceLength);
        Assert.False(string.IsNullOrEmpty(authorize["state"]));
        Assert.Equal(new Uri(site.Address, "/connexion/franceconnect/retour").ToString(), authorize["redirect_uri"]);
        Assert.DoesNotContain("code_challenge", site.Provider.AuthorizeQueries.Last());
        Assert.DoesNotContain("x-client", site.Provider.AuthorizeQueries.Last());

        var logout = Parameters(site.Provider.EndSessionQueries.Last());
        Assert.Equal(FranceConnectParameters.Logout.Order(), logout.Keys.Order());
        Assert.Equal(site.Provider.IdTokensSent.Last(), logout["id_token_hint"]);
        Assert.Equal(
            new Uri(site.Address, "/deconnexion/franceconnect/retour").ToString(),
            logout["post_logout_redirect_uri"]
        );
    }

    [Fact]
    public void Parameters_other_than_the_accepted_ones_are_taken_out_of_the_message()
    {
        var message = new Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectMessage
        {
            IssuerAddress = "https://fc.exemple.fr/api/v2/authorize",
            ClientId = "c",
            State = "s",
            EnableTelemetryParameters = true,
        };
        message.SetParameter("code_challenge", "x");
        message.SetParameter("response_mode", "query");

        FranceConnectParameters.KeepOnly(message, FranceConnectParameters.Authorize);

        var url = new Uri(message.CreateAuthenticationRequestUrl());
        Assert.Equal(["client_id", "state"], Parameters(url.Query).Keys.Order());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Id_token_and_userinfo_signed_es256_sign_the_person_in(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Élise", "Courbe");
        site.Provider.Misbehaviour = Misbehaviour.IdTokenSignedEs256;

        using var response = await site.SignInWithFranceConnectAsync(site.Browser());

        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("ES256", ForgedTokens.Header(site.Provider.IdTokensSent.Last())["alg"].ToString());
        var account = await site.AccountAsync(person.Email);
        Assert.Equal(("Élise", "Courbe"), (account!.GivenName, account.FamilyName));
    }

    [Fact]
    public async Task A_userinfo_answered_as_plain_json_is_read_too()
    {
        var site = await sites.SiteAsync(DatabaseProvider.Sqlite);
        var person = site.Provider.Person = ProviderPerson.New("Noé", "Simple");
        site.Provider.SignsUserInfo = false;

        using var response = await site.SignInWithFranceConnectAsync(site.Browser());

        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Simple", (await site.AccountAsync(person.Email))!.FamilyName);
    }
}
