using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Kernel.Tests.Accounts.PasskeySteps;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class PasskeyTests
{
    private const string Inhabitant = "habitant@demo.sud-avesnois.fr";
    private const string Refused = "La connexion avec une clé d&#x27;accès a échoué";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Registration_options_need_a_signed_in_person_and_the_anti_forgery_token(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var anonymous = WebBrowser(app);
        using var signedOut = await anonymous.SubmitAsync(
            "/compte/cles-d-acces?handler=Options",
            new Dictionary<string, string>(),
            "/connexion"
        );
        Assert.Equal("/connexion", signedOut.RequestMessage!.RequestUri!.AbsolutePath);

        var browser = WebBrowser(app);
        await browser.SignInAsync(Inhabitant, Password);
        using var noToken = await browser.Client.PostAsync(
            "/compte/cles-d-acces?handler=Options",
            new FormUrlEncodedContent([])
        );
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        using var options = await browser.SubmitAsync(
            "/compte/cles-d-acces?handler=Options",
            new Dictionary<string, string>(),
            "/compte"
        );
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Equal("application/json", options.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"challenge\"", browser.LastPage);
        Assert.Contains(Inhabitant, browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Sign_in_options_need_the_anti_forgery_token(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = WebBrowser(app);
        await browser.OpenAsync("/connexion");

        using var noToken = await browser.Client.PostAsync(
            "/connexion?handler=PasskeyOptions",
            new FormUrlEncodedContent([])
        );
        using var options = await browser.SubmitAsync(
            "/connexion?handler=PasskeyOptions",
            new Dictionary<string, string>(),
            "/connexion"
        );

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Contains("\"challenge\"", browser.LastPage);
        Assert.DoesNotContain(Inhabitant, browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Malformed_answers_are_refused_in_French_and_open_no_session(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        foreach (
            var credential in new[]
            {
                "",
                "pas du JSON",
                "{}",
                """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{}}""",
            }
        )
        {
            var browser = WebBrowser(app);
            await browser.SubmitAsync(
                "/connexion?handler=PasskeyOptions",
                new Dictionary<string, string>(),
                "/connexion"
            );

            using var response = await browser.SubmitAsync(
                "/connexion?handler=Passkey",
                new Dictionary<string, string> { ["credential"] = credential },
                "/connexion"
            );

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Refused, browser.LastPage);
            await AssertSignedOutAsync(browser);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_answer_signed_with_another_key_is_refused_and_the_right_key_signs_in(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        var accountId = await AddPasskeyAsync(app, Inhabitant, authenticator, "Téléphone");
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var browser = WebBrowser(app);

        var options = await OptionsAsync(browser);
        await browser.SubmitAsync(
            "/connexion?handler=Passkey",
            new Dictionary<string, string>
            {
                ["credential"] = authenticator.Assert(options, accountId, signer: forger),
            },
            "/connexion"
        );
        Assert.Contains(Refused, browser.LastPage);
        await AssertSignedOutAsync(browser);

        options = await OptionsAsync(browser);
        using var signedIn = await browser.SubmitAsync(
            "/connexion?handler=Passkey",
            new Dictionary<string, string> { ["credential"] = authenticator.Assert(options, accountId) },
            "/connexion"
        );
        Assert.Equal("/compte", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Téléphone", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_answer_replayed_without_its_challenge_cookie_is_refused(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        var accountId = await AddPasskeyAsync(app, Inhabitant, authenticator, "Clé USB");
        var answer = authenticator.Assert(await OptionsAsync(WebBrowser(app)), accountId);
        var attacker = WebBrowser(app);
        await OptionsAsync(attacker);

        await attacker.SubmitAsync(
            "/connexion?handler=Passkey",
            new Dictionary<string, string> { ["credential"] = answer },
            "/connexion"
        );

        Assert.Contains(Refused, attacker.LastPage);
        await AssertSignedOutAsync(attacker);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Nobody_removes_someone_elses_passkey_but_the_owner_can(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        var ownerId = await AddPasskeyAsync(app, Inhabitant, authenticator, "Ordinateur");
        await CreateInhabitantAsync(app, "autre.habitant@exemple.fr");
        var other = WebBrowser(app);
        await other.SignInAsync("autre.habitant@exemple.fr", Password);

        await other.SubmitAsync(
            "/compte/cles-d-acces?handler=Remove",
            new Dictionary<string, string> { ["id"] = authenticator.Id },
            "/compte"
        );

        Assert.Contains("Cette clé d&#x27;accès n&#x27;existe pas ou n&#x27;est pas la vôtre", other.LastPage);
        Assert.Equal(1, await PasskeyCountAsync(app, ownerId));

        var owner = WebBrowser(app);
        await owner.SignInAsync(Inhabitant, Password);
        Assert.Contains("Ordinateur", owner.LastPage);
        await owner.SubmitAsync(
            "/compte/cles-d-acces?handler=Remove",
            new Dictionary<string, string> { ["id"] = authenticator.Id },
            "/compte"
        );
        Assert.Contains("La clé d&#x27;accès est supprimée", owner.LastPage);
        Assert.Equal(0, await PasskeyCountAsync(app, ownerId));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_forged_registration_is_refused_and_adds_nothing(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = WebBrowser(app);
        await browser.SignInAsync(Inhabitant, Password);
        await browser.SubmitAsync("/compte/cles-d-acces?handler=Options", new Dictionary<string, string>(), "/compte");

        await browser.SubmitAsync(
            "/compte/cles-d-acces",
            new Dictionary<string, string>
            {
                ["credential"] =
                    """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"oA"}}""",
                ["name"] = "Faux",
            },
            "/compte"
        );

        Assert.Contains("La clé d&#x27;accès n&#x27;a pas pu être enregistrée", browser.LastPage);
        Assert.Equal(0, await PasskeyCountAsync(app, (await FindAsync(app, Inhabitant)).Id));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_data_download_names_the_passkeys(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        await AddPasskeyAsync(app, Inhabitant, authenticator, "Tablette du salon");
        var browser = WebBrowser(app);
        await browser.SignInAsync(Inhabitant, Password);

        using var response = await browser.Client.GetAsync("/compte/export");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("compte.json")!.Open());
        var json = await reader.ReadToEndAsync();

        Assert.Contains("Passkeys", json);
        Assert.Contains("Tablette du salon", json);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_the_account_deletes_its_passkeys(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var authenticator = new SoftwareAuthenticator();
        await CreateInhabitantAsync(app, "depart@exemple.fr");
        var accountId = await AddPasskeyAsync(app, "depart@exemple.fr", authenticator, "Ancien téléphone");
        var browser = WebBrowser(app);
        await browser.SignInAsync("depart@exemple.fr", Password);

        await browser.SubmitAsync(
            "/compte/suppression",
            new Dictionary<string, string> { ["Input.Password"] = Password },
            "/compte/suppression"
        );

        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        Assert.False(await accounts.Users.AnyAsync(a => a.Id == accountId));
        Assert.False(await accounts.UserPasskeys.AnyAsync(p => p.UserId == accountId));
    }
}
