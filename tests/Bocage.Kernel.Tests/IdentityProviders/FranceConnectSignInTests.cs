using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.IdentityProviders;

public sealed class FranceConnectSignInTests(FranceConnectSites sites) : IClassFixture<FranceConnectSites>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_person_comes_back_signed_in_with_an_account_made_from_the_provider(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Louise", "Dubois");
        var browser = site.Browser();

        using var response = await site.SignInWithFranceConnectAsync(browser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("value=\"Louise\"", browser.LastPage);
        Assert.Contains("value=\"Dubois\"", browser.LastPage);
        Assert.Contains("Votre compte est associé à FranceConnect", WebUtility.HtmlDecode(browser.LastPage));
        Assert.Equal("eidas1", site.Provider.AcrValuesRequested.Last());
        Assert.DoesNotContain(site.Provider.IdTokensSent.Last(), browser.LastPage);
        var account = await site.AccountAsync(person.Email);
        Assert.NotNull(account);
        Assert.True(account.EmailConfirmed);
        Assert.Equal(Kernel.Accounts.AccountKind.Inhabitant, account.Kind);
        Assert.Null(account.PasswordHash);
        var login = Assert.Single(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(account)));
        Assert.Equal(
            ("franceconnect", person.Subject, "FranceConnect"),
            (login.LoginProvider, login.ProviderKey, login.ProviderDisplayName)
        );
        using var scope = site.App.Services.CreateScope();
        var actions = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.Where(e => e.Target == $"account:{account.Id}")
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Equal(["accounts.account.create", "accounts.login.link", "accounts.session.open"], actions);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Names_from_the_provider_lose_their_line_breaks_and_direction_overrides(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Marie\r\nBcc: tous@exemple.fr", "Du\u202Ebois\t");
        await site.SignInWithFranceConnectAsync(site.Browser());

        var account = await site.AccountAsync(person.Email);
        Assert.NotNull(account);
        Assert.Equal("Marie Bcc: tous@exemple.fr", account.GivenName);
        Assert.Equal("Du bois", account.FamilyName);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_birth_date_the_provider_gives_is_kept_nowhere(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Jules", "Martin") with { Birthdate = "1971-11-29" };
        var browser = site.Browser();
        await site.SignInWithFranceConnectAsync(browser);

        using var export = await browser.Client.GetAsync("/compte/export");
        using var zip = new ZipArchive(await export.Content.ReadAsStreamAsync());
        var everything = string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));

        Assert.Contains("Jules", everything);
        Assert.Contains(person.Subject, everything);
        Assert.DoesNotContain("1971-11-29", everything);
        Assert.DoesNotContain("1971", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_sign_in_reuses_the_same_account(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Inès", "Lambert");
        await site.SignInWithFranceConnectAsync(site.Browser());
        var first = await site.AccountAsync(person.Email);

        using var again = await site.SignInWithFranceConnectAsync(site.Browser());

        Assert.Equal("/compte", again.RequestMessage!.RequestUri!.AbsolutePath);
        var accounts = await site.WithAccountsAsync(
            (_, accountsDb) => accountsDb.Users.Where(u => u.Email == person.Email).Select(u => u.Id).ToListAsync()
        );
        Assert.Equal([first!.Id], accounts);
        Assert.Equal(
            2,
            await site.WithAccountsAsync(
                (_, accountsDb) => accountsDb.Sessions.CountAsync(s => s.AccountId == first.Id && s.EndedAt == null)
            )
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signing_out_ends_the_session_at_the_provider_too_and_comes_back_signed_out(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        site.Provider.Person = ProviderPerson.New("Hugo", "Lefort");
        var browser = site.Browser();
        await site.SignInWithFranceConnectAsync(browser);
        var idToken = site.Provider.IdTokensSent.Last();
        var hints = site.Provider.EndSessionHints.Count;

        using var signedOut = await browser.SubmitAsync("/deconnexion", new Dictionary<string, string>(), "/compte");

        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.Equal(site.Address.Authority, signedOut.RequestMessage!.RequestUri!.Authority);
        Assert.Equal("/", signedOut.RequestMessage.RequestUri.AbsolutePath);
        Assert.Equal(hints + 1, site.Provider.EndSessionHints.Count);
        Assert.Equal(idToken, site.Provider.EndSessionHints.Last());
        using var account = await browser.GetAsync("/compte");
        Assert.Equal("/connexion", account.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_password_session_signs_out_without_visiting_the_provider(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var browser = site.Browser();
        await browser.SignInAsync("agent.trelon@demo.sud-avesnois.fr", "Bocage-demo-2026");
        var hints = site.Provider.EndSessionHints.Count;

        using var signedOut = await browser.SubmitAsync("/deconnexion", new Dictionary<string, string>());

        Assert.Equal("/", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(hints, site.Provider.EndSessionHints.Count);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_button_posts_with_its_anti_forgery_token_or_nothing_leaves_for_the_provider(
        DatabaseProvider db
    )
    {
        var site = await sites.SiteAsync(db);
        var browser = site.Browser();
        await browser.OpenAsync("/connexion");
        var requests = site.Provider.AcrValuesRequested.Count;

        using var response = await browser.Client.PostAsync(
            "/connexion?handler=External",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["provider"] = "franceconnect" })
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(requests, site.Provider.AcrValuesRequested.Count);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_content_security_policy_lets_the_forms_lead_to_the_provider_and_nowhere_else(
        DatabaseProvider db
    )
    {
        var site = await sites.SiteAsync(db);

        using var response = await site.Browser().GetAsync("/connexion");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var formAction = csp.Split(';')
            .Select(d => d.Trim())
            .Single(d => d.StartsWith("form-action", StringComparison.Ordinal));
        Assert.Equal($"form-action 'self' {site.Provider.Address.GetLeftPart(UriPartial.Authority)}", formAction);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_who_cancels_at_the_provider_is_back_on_the_sign_in_page(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Lou", "Hésitant");
        site.Provider.Misbehaviour = Misbehaviour.PersonCancels;
        var sessions = await site.ActiveSessionsAsync();
        var browser = site.Browser();

        using var response = await site.SignInWithFranceConnectAsync(browser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/connexion", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Null(await site.AccountAsync(person.Email));
        Assert.Equal(sessions, await site.ActiveSessionsAsync());
    }
}
