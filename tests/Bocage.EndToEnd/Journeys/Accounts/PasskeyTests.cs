using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accounts;

public sealed class PasskeyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Password = "une phrase de passe assez longue";

    /// <summary>
    /// WebAuthn refuses an IP address as the site's identity (rp.id): the same loopback server is
    /// reached by the name localhost, which Chromium also treats as a secure context.
    /// </summary>
    protected override BrowserNewContextOptions ContextOptions() =>
        new()
        {
            BaseURL = new UriBuilder(Host.BaseUrl) { Host = "localhost" }
                .Uri.ToString()
                .TrimEnd('/'),
        };

    [Fact]
    public async Task Inhabitant_adds_a_passkey_signs_out_and_signs_in_with_the_passkey_alone()
    {
        // Chromium's virtual authenticator stands for the phone's fingerprint reader.
        var cdp = await Context.NewCDPSessionAsync(Page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync(
            "WebAuthn.addVirtualAuthenticator",
            new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["protocol"] = "ctap2",
                    ["transport"] = "internal",
                    ["hasResidentKey"] = true,
                    ["hasUserVerification"] = true,
                    ["isUserVerified"] = true,
                },
            }
        );
        // A person of their own: other browser tests change the demo inhabitant on the same app.
        var email = $"sam.{Guid.NewGuid():N}@exemple.fr";
        await SignUpAsync(email);
        await AccountSteps.SignInAsync(Page, email, Password);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon compte");
        await Expect(Page.GetByText("Vous n'avez pas encore de clé d'accès.")).ToBeVisibleAsync();

        await Page.GetByLabel("Nom de la clé d'accès").FillAsync("Téléphone de Sam");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une clé d'accès" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("La clé d'accès est enregistrée");
        await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Téléphone de Sam" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();

        await OpenAsync("/connexion");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter avec une clé d'accès" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon compte");
        await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Téléphone de Sam" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        Assert.DoesNotContain(ConsoleMessages, m =>
            m.StartsWith("error", StringComparison.Ordinal) || m.StartsWith("pageerror", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Without_WebAuthn_the_sign_in_page_explains_and_the_password_still_works()
    {
        // What an old browser sees: the script finds no PublicKeyCredential and leaves the explanation.
        await Page.AddInitScriptAsync("delete window.PublicKeyCredential;");
        await OpenAsync("/connexion");

        await Expect(Page.GetByText("Les clés d'accès demandent un navigateur récent")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter avec une clé d'accès" }))
            .ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }

    private async Task SignUpAsync(string email)
    {
        await OpenAsync("/inscription");
        await Page.GetByLabel("Prénom").FillAsync("Sam");
        await Page.GetByLabel("Nom (obligatoire)", new() { Exact = true }).FillAsync("Leroy");
        await Page.GetByLabel("Adresse électronique").FillAsync(email);
        await Page.GetByLabel("Mot de passe (obligatoire)", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("Confirmer le mot de passe").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Vérifiez votre messagerie");
        await OpenAsync(await AccountSteps.MailedLinkAsync(Host, email));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre adresse est confirmée");
    }
}
