using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed partial class StaffTests
{
    private const string Password = "Bocage-demo-2026";

    [GeneratedRegex("id=\"cle-partagee\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    /// <summary>Signs a demo staff member in and enrols the authenticator; returns its key.</summary>
    internal static async Task<string> EnrolAsync(Browser browser, string email)
    {
        await browser.SignInAsync(email, Password);
        var key = SharedKey().Match(browser.LastPage).Groups[1].Value;
        Assert.NotEmpty(key);
        await browser.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }
        );
        Assert.Contains("Codes de secours", browser.LastPage);
        return key;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_without_a_second_factor_can_only_enrol_one(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();

        using var signedIn = await browser.SignInAsync("agent.fourmies@demo.sud-avesnois.fr", Password);
        using var elsewhere = await browser.GetAsync("/gestion/journal");

        Assert.Equal("/compte/double-authentification", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/compte/double-authentification", elsewhere.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("obligatoire", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_code_does_not_enrol_and_says_so_at_the_field(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync("agent.fourmies@demo.sud-avesnois.fr", Password);

        await browser.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = "000000" }
        );

        Assert.Contains("Ce code n'est pas le bon", WebUtility.HtmlDecode(browser.LastPage));
        using var still = await browser.GetAsync("/gestion");
        Assert.Equal("/compte/double-authentification", still.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Once_enrolled_an_agent_signs_in_with_password_and_code(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var key = await EnrolAsync(app.Browser(), "agent.fourmies@demo.sud-avesnois.fr");
        var browser = app.Browser();

        using var withoutCode = await browser.SignInAsync("agent.fourmies@demo.sud-avesnois.fr", Password);
        Assert.Equal("/connexion/code", withoutCode.RequestMessage!.RequestUri!.AbsolutePath);
        using var denied = await browser.GetAsync("/gestion");
        Assert.Equal("/connexion", denied.RequestMessage!.RequestUri!.AbsolutePath);

        await browser.SignInAsync("agent.fourmies@demo.sud-avesnois.fr", Password, key);
        using var allowed = await browser.GetAsync("/gestion/journal");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("/gestion/journal", allowed.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_of_Fourmies_reads_Fourmies_entries_and_never_those_of_Trelon(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using (var scope = app.Services.CreateScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
            await log.AppendAsync("account:test", "procedures.file.accept", "file:FOURMIES-1", "59249");
            await log.AppendAsync("account:test", "procedures.file.accept", "file:TRELON-1", "59601");
        }
        var browser = app.Browser();
        await EnrolAsync(browser, "agent.fourmies@demo.sud-avesnois.fr");

        var page = await browser.OpenAsync("/gestion/journal");

        Assert.Contains("file:FOURMIES-1", page);
        Assert.DoesNotContain("file:TRELON-1", page);
        var filtered = await browser.OpenAsync("/gestion/journal?commune=59601");
        Assert.DoesNotContain("file:TRELON-1", filtered);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_cannot_manage_other_agents(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await EnrolAsync(browser, "agent.trelon@demo.sud-avesnois.fr");

        using var response = await browser.GetAsync("/gestion/agents");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Accès refusé", browser.LastPage);
    }
}
