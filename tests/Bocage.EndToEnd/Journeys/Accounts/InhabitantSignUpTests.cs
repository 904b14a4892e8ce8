using System.IO.Compression;
using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accounts;

public sealed class InhabitantSignUpTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Inhabitant_signs_up_follows_the_mailed_link_signs_in_and_downloads_their_data()
    {
        var email = $"lea.{Guid.NewGuid():N}@exemple.fr";
        await OpenAsync("/inscription");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le formulaire contient 5 erreurs");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Prénom").FillAsync("Léa");
        await Page.GetByLabel("Nom (obligatoire)", new() { Exact = true }).FillAsync("Martin");
        await Page.GetByLabel("Adresse électronique").FillAsync(email);
        await Page.GetByLabel("Mot de passe (obligatoire)", new() { Exact = true })
            .FillAsync("une phrase de passe assez longue");
        await Page.GetByLabel("Confirmer le mot de passe").FillAsync("une phrase de passe assez longue");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Vérifiez votre messagerie");

        await OpenAsync(await AccountSteps.MailedLinkAsync(Host, email));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre adresse est confirmée");

        await AccountSteps.SignInAsync(Page, email, "une phrase de passe assez longue");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon compte");
        await Axe.AssertNoViolationsAsync(Page);

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Télécharger mes données" }).ClickAsync()
        );
        using var zip = new ZipArchive(File.OpenRead(await download.PathAsync()));
        using var reader = new StreamReader(zip.GetEntry("compte.json")!.Open());
        Assert.Contains(email, await reader.ReadToEndAsync());
    }
}
