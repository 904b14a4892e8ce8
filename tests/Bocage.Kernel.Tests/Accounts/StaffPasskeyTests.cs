using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Kernel.Tests.Accounts.PasskeySteps;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class StaffPasskeyTests
{
    private const string Agent = "agent.fourmies@demo.sud-avesnois.fr";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_enrols_a_passkey_instead_of_an_app_and_then_signs_in_with_it_alone(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        var browser = WebBrowser(app);
        await browser.SignInAsync(Agent, Password);
        Assert.Contains("Ou bien : une clé d&#x27;accès", browser.LastPage);

        await browser.SubmitAsync(
            "/compte/double-authentification?handler=PasskeyOptions",
            new Dictionary<string, string>(),
            "/compte/double-authentification"
        );
        var options = browser.LastPage;
        using var enrolled = await browser.SubmitAsync(
            "/compte/double-authentification?handler=Passkey",
            new Dictionary<string, string>
            {
                ["credential"] = authenticator.Attest(options),
                ["name"] = "Poste du bureau",
            },
            "/compte/double-authentification"
        );
        Assert.Equal("/compte", enrolled.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Poste du bureau", browser.LastPage);
        using var journalNow = await browser.GetAsync("/gestion/journal");
        Assert.Equal("/gestion/journal", journalNow.RequestMessage!.RequestUri!.AbsolutePath);

        var later = WebBrowser(app);
        var accountId = (await FindAsync(app, Agent)).Id;
        using var signedIn = await later.SubmitAsync(
            "/connexion?handler=Passkey",
            new Dictionary<string, string>
            {
                ["credential"] = authenticator.Assert(await OptionsAsync(later), accountId),
            },
            "/connexion"
        );
        using var journal = await later.GetAsync("/gestion/journal");

        Assert.Equal("/gestion/journal", journal.RequestMessage!.RequestUri!.AbsolutePath);
        using var scope = app.Services.CreateScope();
        var actions = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.AsNoTracking()
            .Where(e => e.Actor == $"account:{accountId}")
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Contains("accounts.passkey.add", actions);
        Assert.Contains("accounts.second-factor.passkey", actions);
        Assert.Contains("accounts.session.open.passkey", actions);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_with_a_passkey_who_signs_in_by_password_gets_no_second_factor_and_cannot_enrol_one(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        await AddPasskeyAsync(app, Agent, authenticator, "Poste du bureau");
        var browser = WebBrowser(app);

        using var signedIn = await browser.SignInAsync(Agent, Password);
        Assert.Equal("/compte/double-authentification", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("déconnectez-vous puis connectez-vous avec elle", WebUtility.HtmlDecode(browser.LastPage));
        Assert.DoesNotContain("cle-partagee", browser.LastPage);

        using var options = await browser.SubmitAsync(
            "/compte/double-authentification?handler=PasskeyOptions",
            new Dictionary<string, string>(),
            "/compte/double-authentification"
        );
        using var totp = await browser.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = "123456" },
            "/compte/double-authentification"
        );
        var totpPage = WebUtility.HtmlDecode(browser.LastPage);
        using var keys = await browser.SubmitAsync(
            "/compte/cles-d-acces?handler=Options",
            new Dictionary<string, string>(),
            "/compte/double-authentification"
        );

        Assert.Equal(HttpStatusCode.Forbidden, options.StatusCode);
        Assert.Contains("déconnectez-vous puis connectez-vous avec elle", totpPage);
        Assert.DoesNotContain("Codes de secours", totpPage);
        Assert.Equal("/compte/double-authentification", keys.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(1, await PasskeyCountAsync(app, (await FindAsync(app, Agent)).Id));
    }
}
