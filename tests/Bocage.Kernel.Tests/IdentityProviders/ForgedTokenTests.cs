using System.Net;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>
/// The provider (or whoever stands between) sends what it should not: each time the application
/// answers the French error page with a 401, opens no session and creates no account.
/// </summary>
public sealed class ForgedTokenTests(FranceConnectSites sites) : IClassFixture<FranceConnectSites>
{
    private static async Task AssertRefusedAsync(
        FranceConnectSite site,
        Browser browser,
        HttpResponseMessage response,
        ProviderPerson person,
        int sessionsBefore
    )
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(site.Address.Authority, response.RequestMessage!.RequestUri!.Authority);
        Assert.Equal("/connexion/franceconnect/retour", response.RequestMessage.RequestUri.AbsolutePath);
        var page = WebUtility.HtmlDecode(browser.LastPage);
        Assert.Contains(FranceConnectSite.RefusedTitle, page);
        Assert.Contains("vous n'êtes pas connecté et aucun compte n'a été créé", page);
        Assert.Null(await site.AccountAsync(person.Email));
        Assert.Equal(sessionsBefore, await site.ActiveSessionsAsync());
        using var account = await browser.GetAsync("/compte");
        Assert.Equal("/connexion", account.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static async Task RefusedWhenAsync(FranceConnectSite site, Misbehaviour misbehaviour, string reason)
    {
        var person = site.Provider.Person = ProviderPerson.New("Yves", "Forgeron");
        site.Provider.Misbehaviour = misbehaviour;
        var sessions = await site.ActiveSessionsAsync();
        var browser = site.Browser();

        var refusals = site.Refusals.Count;

        using var response = await site.SignInWithFranceConnectAsync(browser);

        await AssertRefusedAsync(site, browser, response, person, sessions);
        Assert.Equal(refusals + 1, site.Refusals.Count);
        Assert.Contains(reason, site.Refusals.Last());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_id_token_re_signed_with_the_providers_own_key_is_accepted(DatabaseProvider db)
    {
        // The control for the forgeries below: re-signing by itself breaks nothing, so they fail for what they change.
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Rose", "Valide");
        site.Provider.Misbehaviour = Misbehaviour.ResignUnchanged;

        using var response = await site.SignInWithFranceConnectAsync(site.Browser());

        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(await site.AccountAsync(person.Email));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_id_token_signed_with_another_key_is_refused(DatabaseProvider db) =>
        await RefusedWhenAsync(
            await sites.SiteAsync(db),
            Misbehaviour.ForeignSignature,
            "IDX10511: Signature validation failed"
        );

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_id_token_issued_for_another_client_is_refused(DatabaseProvider db) =>
        await RefusedWhenAsync(
            await sites.SiteAsync(db),
            Misbehaviour.WrongAudience,
            "IDX10214: Audience validation failed"
        );

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_guarantee_level_below_eidas1_is_refused(DatabaseProvider db) =>
        await RefusedWhenAsync(await sites.SiteAsync(db), Misbehaviour.WeakAcr, "acr 'eidas0' does not meet eidas1");

    [Theory]
    [InlineData(Misbehaviour.UserInfoForeignSignature, "UserInfo JWT refused: IDX10511")]
    [InlineData(Misbehaviour.UserInfoWrongIssuer, "UserInfo JWT refused: IDX10205")]
    [InlineData(Misbehaviour.UserInfoWrongAudience, "UserInfo JWT refused: IDX10214")]
    [InlineData(Misbehaviour.UserInfoUnsigned, "UserInfo JWT refused: IDX10504")]
    [InlineData(Misbehaviour.UserInfoOtherSubject, "UserInfo subject differs from the ID token's")]
    public async Task A_userinfo_jwt_that_is_not_the_providers_about_this_person_for_us_is_refused(
        Misbehaviour misbehaviour,
        string reason
    )
    {
        // SQLite only: what is checked is the JWT, before any account is looked up.
        await RefusedWhenAsync(await sites.SiteAsync(DatabaseProvider.Sqlite), misbehaviour, reason);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_earlier_id_token_with_its_old_nonce_is_refused(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        site.Provider.Person = ProviderPerson.New("Paul", "Ancien");
        await site.SignInWithFranceConnectAsync(site.Browser());
        var earlier = site.Provider.IdTokensSent.First();

        await RefusedWhenAsync(site, Misbehaviour.ReplayEarlierIdToken, "IDX21323");

        // The token replayed was genuine (signature, issuer, audience): only its nonce belongs to another flow.
        Assert.Equal(earlier, site.Provider.IdTokensSent.Last());
        Assert.NotEqual(site.Provider.Nonces.Last(), ForgedTokens.Payload(earlier)["nonce"].ToString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_callback_replayed_with_the_same_state_and_code_is_refused(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Iris", "Rejouée");
        var victim = site.Browser();
        await site.SignInWithFranceConnectAsync(victim);
        var callback = site.Provider.Callbacks.Last();
        var account = await site.AccountAsync(person.Email);
        await victim.SubmitAsync("/deconnexion", new Dictionary<string, string>(), "/compte");
        var sessions = await site.ActiveSessionsAsync();

        // The same browser again: its one-time correlation cookie is spent.
        using var again = await victim.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("Correlation failed.", site.Refusals.Last());
        Assert.Contains(FranceConnectSite.RefusedTitle, WebUtility.HtmlDecode(victim.LastPage));

        // Another browser, in the middle of its own sign-in (sent to the provider, not back yet), handed the
        // captured callback: its correlation cookie is for its own state, not this one (login CSRF).
        var attacker = new Browser(
            new HttpClient(
                new HttpClientHandler
                {
                    CookieContainer = new CookieContainer(),
                    AllowAutoRedirect = false,
                    UseProxy = false,
                }
            )
            {
                BaseAddress = site.Address,
            }
        );
        await attacker.OpenAsync("/connexion");
        using var toProvider = await attacker.SubmitAsync(
            "/connexion?handler=External",
            new Dictionary<string, string> { ["provider"] = "franceconnect" }
        );
        Assert.Equal(HttpStatusCode.Redirect, toProvider.StatusCode);
        Assert.StartsWith(site.Provider.Address.ToString(), toProvider.Headers.Location!.ToString());
        var refusals = site.Refusals.Count;
        using var replayed = await attacker.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(refusals + 1, site.Refusals.Count);
        Assert.Equal("Correlation failed.", site.Refusals.Last());
        Assert.Contains(FranceConnectSite.RefusedTitle, WebUtility.HtmlDecode(attacker.LastPage));
        Assert.Equal(sessions, await site.ActiveSessionsAsync());
        Assert.Equal(account!.Id, (await site.AccountAsync(person.Email))!.Id);
    }
}
