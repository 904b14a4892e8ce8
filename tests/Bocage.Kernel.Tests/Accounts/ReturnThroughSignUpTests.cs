using System.Net;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>
/// A person who meets a procedure that needs an account keeps their place: sign-in, sign-up, the mailed confirmation
/// and the sign-in after it all lead back to the procedure; then /compte leads to their files and invoices. Only a
/// page of this site is ever carried.
/// </summary>
public sealed class ReturnThroughSignUpTests
{
    private const string Procedure = "/demarches/attestation-accueil-fourmies";
    private const string Password = "une phrase de passe assez longue";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_procedure_is_found_again_after_signing_up_and_confirming(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var email = $"lou.{Guid.NewGuid():N}@exemple.fr";
        var encoded = Uri.EscapeDataString(Procedure);

        await browser.OpenAsync(Procedure);
        Assert.Contains($"href=\"/connexion?retour={Procedure}\"", browser.LastPage);
        await browser.OpenAsync($"/connexion?retour={Procedure}");
        Assert.Contains($"href=\"/inscription?retour={encoded}\"", browser.LastPage);
        await browser.OpenAsync($"/inscription?retour={encoded}");
        Assert.Contains($"name=\"retour\" value=\"{Procedure}\"", browser.LastPage);

        var form = SignUpTests.Form(email, Password);
        form["retour"] = Procedure;
        await browser.SubmitAsync($"/inscription?retour={encoded}", form, "/inscription");
        var link = await SignUpTests.LastMailLinkAsync(app, email);
        Assert.Contains($"&retour={encoded}", link);
        await browser.OpenAsync(link);
        Assert.Contains($"href=\"/connexion?retour={encoded}\"", browser.LastPage);

        using var signedIn = await browser.SubmitAsync(
            $"/connexion?retour={encoded}",
            new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = Password,
                ["retour"] = Procedure,
            },
            "/connexion"
        );
        Assert.Equal(Procedure, signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        await browser.OpenAsync("/compte");
        Assert.Contains("href=\"/demarches/mes-dossiers\"", browser.LastPage);
        Assert.Contains("href=\"/factures\"", browser.LastPage);
        Assert.Contains("Mes démarches", WebUtility.HtmlDecode(browser.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_site_is_never_carried_to_the_confirmation(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var email = $"max.{Guid.NewGuid():N}@exemple.fr";

        await browser.OpenAsync("/connexion?retour=https://ailleurs.example/piege");
        Assert.Contains("href=\"/inscription\"", browser.LastPage);
        var form = SignUpTests.Form(email, Password);
        form["retour"] = "//ailleurs.example/piege";
        await browser.SubmitAsync("/inscription", form, "/inscription");

        var link = await SignUpTests.LastMailLinkAsync(app, email);
        Assert.DoesNotContain("retour", link);
        Assert.DoesNotContain("ailleurs", await browser.OpenAsync(link));
    }
}
