using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// On a 360 px phone with JavaScript, « Précisions » of the bin request appears as soon as « Bac cassé » is
/// chosen and goes away with another reason; filled, it reaches the review. Axe on every page.
/// </summary>
public sealed class ConditionalFieldJourney(BrowserHost host) : BrowserTest(host)
{
    public static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
    };

    protected override BrowserNewContextOptions ContextOptions() => Phone;

    [Fact]
    public async Task Choosing_a_broken_bin_shows_the_details_field_at_once()
    {
        await OpenAsync("/demarches/demande-bac-ordures-menageres");
        await ToBinStepAsync(Page, "journey.condition@exemple.fr", () => Axe.AssertNoViolationsAsync(Page));
        var details = Page.GetByLabel("Précisions");
        await Expect(details).ToBeHiddenAsync();

        await Page.GetByLabel("Bac cassé").CheckAsync();

        await Expect(details).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Bac volé").CheckAsync();
        await Expect(details).ToBeHiddenAsync();
        await Page.GetByLabel("Bac cassé").CheckAsync();
        await details.FillAsync("Une roue est arrachée.");
        await Page.GetByLabel("Tri sélectif").CheckAsync();
        await Page.GetByLabel("Je certifie").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez vos réponses");
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync("Une roue est arrachée.");
        await Axe.AssertNoViolationsAsync(Page);
    }

    /// <summary>From the bin request's presentation to its second step, « Votre bac », checking each page.</summary>
    internal static async Task ToBinStepAsync(IPage page, string email, Func<Task> checkAccessibility)
    {
        await checkAccessibility();
        await page.GetByLabel("Votre adresse e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        await page.GetByLabel("Nom et prénom").FillAsync("Camille Condition");
        await page.GetByLabel("Numéro et voie").FillAsync("1 rue Verte");
        await page.GetByLabel("Code postal").FillAsync("59610");
        await page.GetByLabel("Commune", new() { Exact = true }).SelectOptionAsync("59249");
        await checkAccessibility();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(page.GetByLabel("Tri sélectif")).ToBeVisibleAsync();
        await checkAccessibility();
    }
}
