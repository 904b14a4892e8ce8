using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.IdentityProviders;

public sealed class FranceConnectLinkTests(FranceConnectSites sites) : IClassFixture<FranceConnectSites>
{
    private const string Inhabitant = "habitant@demo.sud-avesnois.fr";
    private const string Password = "Bocage-demo-2026";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_address_that_has_an_account_is_linked_only_after_the_password_then_can_be_unlinked(
        DatabaseProvider db
    )
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Camille", "Lefebvre") with { Email = Inhabitant };
        var browser = site.Browser();

        using var refused = await site.SignInWithFranceConnectAsync(browser);

        Assert.Equal("/connexion/externe", refused.RequestMessage!.RequestUri!.AbsolutePath);
        var text = WebUtility.HtmlDecode(browser.LastPage);
        Assert.Contains($"Un compte existe déjà avec l'adresse {Inhabitant}", text);
        Assert.Contains("choisissez « Associer FranceConnect »", text);
        var account = (await site.AccountAsync(Inhabitant))!;
        Assert.Empty(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(account)));
        using (var stillOut = await browser.GetAsync("/compte"))
        {
            Assert.Equal("/connexion", stillOut.RequestMessage!.RequestUri!.AbsolutePath);
        }

        await browser.SignInAsync(Inhabitant, Password);
        Assert.Contains("Associer FranceConnect", browser.LastPage);
        using var linked = await browser.SubmitAsync(
            "/compte/identite-externe?handler=Link",
            new Dictionary<string, string> { ["provider"] = "franceconnect" }
        );

        Assert.Equal("/compte", linked.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("L'identité numérique est associée à votre compte.", WebUtility.HtmlDecode(browser.LastPage));
        var login = Assert.Single(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(account)));
        Assert.Equal(person.Subject, login.ProviderKey);

        var other = site.Browser();
        using var viaProvider = await site.SignInWithFranceConnectAsync(other);
        Assert.Equal("/compte", viaProvider.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"<dd>{Inhabitant}</dd>", other.LastPage);

        using var unlinked = await browser.SubmitAsync(
            "/compte/identite-externe?handler=Unlink",
            new Dictionary<string, string> { ["provider"] = "franceconnect" },
            "/compte"
        );
        Assert.Contains(
            "L'identité numérique n'est plus associée à votre compte.",
            WebUtility.HtmlDecode(browser.LastPage)
        );
        Assert.Empty(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(account)));
        using var scope = site.App.Services.CreateScope();
        var actions = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.Where(e => e.Target == $"account:{account.Id}" && e.Action.StartsWith("accounts.login."))
            .Select(e => e.Action + " " + e.Details)
            .ToListAsync();
        Assert.Equal(["accounts.login.link franceconnect", "accounts.login.unlink franceconnect"], actions);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_account_without_a_password_keeps_its_only_way_in(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        var person = site.Provider.Person = ProviderPerson.New("Nadia", "Haddad");
        var browser = site.Browser();
        await site.SignInWithFranceConnectAsync(browser);
        Assert.Contains("choisissez d'abord un mot de passe", WebUtility.HtmlDecode(browser.LastPage));
        Assert.DoesNotContain("Dissocier FranceConnect", browser.LastPage);

        await browser.SubmitAsync(
            "/compte/identite-externe?handler=Unlink",
            new Dictionary<string, string> { ["provider"] = "franceconnect" }
        );

        Assert.Contains("alert--warning", browser.LastPage);
        var account = (await site.AccountAsync(person.Email))!;
        Assert.Single(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(account)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_identity_linked_to_one_account_is_not_linked_to_another(DatabaseProvider db)
    {
        var site = await sites.SiteAsync(db);
        site.Provider.Person = ProviderPerson.New("Théo", "Roussel");
        await site.SignInWithFranceConnectAsync(site.Browser());
        var agent = site.Browser();
        await agent.SignInAsync("agent.fourmies@demo.sud-avesnois.fr", Password);
        var staff = (await site.AccountAsync("agent.fourmies@demo.sud-avesnois.fr"))!;

        // The agent has no second factor yet: the gate lets nothing but enrolment through, linking included.
        using var gated = await agent.SubmitAsync(
            "/compte/identite-externe?handler=Link",
            new Dictionary<string, string> { ["provider"] = "franceconnect" }
        );
        Assert.Equal("/compte/double-authentification", gated.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Empty(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(staff)));

        var inhabitant = site.Browser();
        await inhabitant.SignInAsync(Inhabitant, Password);
        using var linked = await inhabitant.SubmitAsync(
            "/compte/identite-externe?handler=Link",
            new Dictionary<string, string> { ["provider"] = "franceconnect" }
        );

        Assert.Contains("déjà associée à un autre compte", WebUtility.HtmlDecode(inhabitant.LastPage));
        var camille = (await site.AccountAsync(Inhabitant))!;
        Assert.Empty(await site.WithAccountsAsync((users, _) => users.GetLoginsAsync(camille)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_account_with_a_second_factor_still_gives_its_code_and_leaves_the_provider_on_sign_out(
        DatabaseProvider db
    )
    {
        var site = await sites.SiteAsync(db);
        var agent = site.Browser();
        var key = await Accounts.StaffTests.EnrolAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        site.Provider.Person = ProviderPerson.New("Alix", "Vandenberghe");
        await agent.SubmitAsync(
            "/compte/identite-externe?handler=Link",
            new Dictionary<string, string> { ["provider"] = "franceconnect" },
            "/compte"
        );
        Assert.Contains("Votre compte est associé à FranceConnect", WebUtility.HtmlDecode(agent.LastPage));
        var browser = site.Browser();

        using var step = await site.SignInWithFranceConnectAsync(browser);
        Assert.Equal("/connexion/code", step.RequestMessage!.RequestUri!.AbsolutePath);
        using (var notYet = await browser.GetAsync("/gestion/journal"))
        {
            Assert.Equal("/connexion", notYet.RequestMessage!.RequestUri!.AbsolutePath);
        }
        await browser.SubmitAsync(
            "/connexion/code",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) },
            "/connexion/code"
        );
        using var journal = await browser.GetAsync("/gestion/journal");
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        Assert.Equal("/gestion/journal", journal.RequestMessage!.RequestUri!.AbsolutePath);

        var hints = site.Provider.EndSessionHints.Count;
        await browser.SubmitAsync("/deconnexion", new Dictionary<string, string>(), "/compte");
        Assert.Equal(hints + 1, site.Provider.EndSessionHints.Count);
        Assert.Equal(site.Provider.IdTokensSent.Last(), site.Provider.EndSessionHints.Last());
    }
}
