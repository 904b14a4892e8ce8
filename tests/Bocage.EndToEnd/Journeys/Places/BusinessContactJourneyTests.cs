using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// A person with a project, on a 360 px phone and on a desktop screen, goes from « Entreprendre en Sud Avesnois »
/// to the PIDE's form, is told at its field that the address is incomplete (the message kept), sends it and is told
/// when the answer comes; the copy mailed to them links to the PIDE's page. Axe and no sideways scrolling.
/// </summary>
public sealed class BusinessContactJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_project_holder_writes_to_the_pide_and_gets_a_copy(int width)
    {
        var page = await Screens.PageAsync(Host, width);
        var email = $"projet.{width}.{Guid.NewGuid():N}@exemple.fr";
        const string message = "Je cherche un local de 200 m² avec une vitrine à Fourmies pour ouvrir une épicerie.";

        await page.GotoAsync("/entreprises");
        await page.GetByRole(AriaRole.Link, new() { Name = "Écrire au PIDE" }).First.ClickAsync();
        await Screens.CheckAsync(page, width);
        await page.GetByLabel("Votre nom").FillAsync("Sam Duvivier");
        await page.GetByLabel("Courriel").FillAsync("sam.duvivier@");
        await page.GetByLabel("Votre demande porte sur")
            .SelectOptionAsync(new SelectOptionValue { Label = "un local ou un terrain" });
        await page.GetByLabel("Votre message").FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();

        await Expect(page.Locator(".field--error")).ToContainTextAsync("nom@exemple.fr");
        await Expect(page.GetByLabel("Votre message")).ToHaveValueAsync(message);
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"business-contact-refused-{width}");
        await page.GetByLabel("Courriel").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sous trois jours ouvrés");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"business-contact-sent-{width}");
        var copy = await AccountSteps.MailAboutAsync(Host, email, "Votre message au");
        Assert.Contains(message, copy.TextBody);
        await page.GotoAsync(await AccountSteps.MailedLinkAsync(Host, email));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("PIDE");
    }
}
