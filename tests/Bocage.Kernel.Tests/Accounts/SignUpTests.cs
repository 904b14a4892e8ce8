using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed partial class SignUpTests
{
    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();

    internal static async Task<string> LastMailLinkAsync(BocageFactory app, string to)
    {
        using var scope = app.Services.CreateScope();
        var mail = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == to)
            .OrderByDescending(m => m.Id)
            .FirstAsync();
        return new Uri(Link().Match(mail.TextBody).Value).PathAndQuery;
    }

    internal static Dictionary<string, string> Form(
        string email,
        string password,
        string given = "Léa",
        string family = "Martin"
    ) =>
        new()
        {
            ["Input.GivenName"] = given,
            ["Input.FamilyName"] = family,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.PasswordConfirm"] = password,
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_inhabitant_signs_up_confirms_the_address_signs_in_and_downloads_their_data(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        const string email = "lea.martin@exemple.fr";

        using var signedUp = await browser.SubmitAsync(
            "/inscription",
            Form(email, "une phrase de passe assez longue"),
            "/inscription"
        );
        Assert.Equal("/inscription/merci", signedUp.RequestMessage!.RequestUri!.AbsolutePath);

        await browser.SignInAsync(email, "une phrase de passe assez longue");
        Assert.Contains("Confirmez d'abord votre adresse", WebUtility.HtmlDecode(browser.LastPage));

        var confirmation = await browser.OpenAsync(await LastMailLinkAsync(app, email));
        Assert.Contains("Votre adresse est confirmée", confirmation);

        using var signedIn = await browser.SignInAsync(email, "une phrase de passe assez longue");
        Assert.Equal("/compte", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        using var export = await browser.Client.GetAsync("/compte/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_weak_password_is_refused_at_its_field_and_the_rest_is_kept(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();

        await browser.SubmitAsync("/inscription", Form("lea@exemple.fr", "azerty123456"), "/inscription");
        var page = WebUtility.HtmlDecode(browser.LastPage);

        Assert.Contains("Ce mot de passe est trop facile à deviner", page);
        Assert.Contains("value=\"lea@exemple.fr\"", page);
        Assert.Contains("value=\"Léa\"", page);
        Assert.DoesNotContain("azerty123456", page);
        Assert.Contains("href=\"#Input_Password\"", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_field_says_what_is_wrong_when_the_form_is_empty(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();

        using var response = await browser.SubmitAsync(
            "/inscription",
            new Dictionary<string, string>(),
            "/inscription"
        );
        var page = WebUtility.HtmlDecode(browser.LastPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le formulaire contient 5 erreurs", page);
        Assert.Contains("Saisissez votre prénom.", page);
        Assert.Contains("Saisissez votre adresse électronique.", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signing_up_with_a_taken_address_tells_nothing_on_screen_and_warns_the_owner_by_mail(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();

        using var response = await browser.SubmitAsync(
            "/inscription",
            Form("habitant@demo.sud-avesnois.fr", "une autre phrase de passe"),
            "/inscription"
        );

        Assert.Equal("/inscription/merci", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.EndsWith("/connexion", await LastMailLinkAsync(app, "habitant@demo.sud-avesnois.fr"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_forgotten_password_is_replaced_through_the_mailed_link_and_old_sessions_end(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var other = app.Browser();
        await other.SignInAsync("habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");
        var browser = app.Browser();

        await browser.SubmitAsync(
            "/mot-de-passe-oublie",
            new Dictionary<string, string> { ["Input.Email"] = "habitant@demo.sud-avesnois.fr" },
            "/mot-de-passe-oublie"
        );
        var link = await LastMailLinkAsync(app, "habitant@demo.sud-avesnois.fr");
        await browser.OpenAsync(link);
        await browser.SubmitAsync(
            link,
            new Dictionary<string, string>
            {
                ["Input.Password"] = "un nouveau mot de passe solide",
                ["Input.PasswordConfirm"] = "un nouveau mot de passe solide",
            }
        );

        Assert.Contains("Votre mot de passe est changé", WebUtility.HtmlDecode(browser.LastPage));
        using var stale = await other.GetAsync("/compte");
        Assert.Equal("/connexion", stale.RequestMessage!.RequestUri!.AbsolutePath);
        using var fresh = await browser.SignInAsync("habitant@demo.sud-avesnois.fr", "un nouveau mot de passe solide");
        Assert.Equal("/compte", fresh.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
