using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accessibility;

public sealed class AxeTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/communes", 200)]
    [InlineData("/communes/fourmies", 200)]
    [InlineData("/feuille-de-route", 200)]
    [InlineData("/feuille-de-route?pilier=Coh%C3%A9sion%20sociale", 200)]
    [InlineData("/feuille-de-route?tag=Transparence&statut=Planned", 200)]
    [InlineData("/recherche?q=trelon", 200)]
    [InlineData("/recherche?q=zzzzzz", 200)]
    [InlineData("/design", 200)]
    [InlineData("/accessibilite", 200)]
    [InlineData("/erreur/404", 200)]
    [InlineData("/cette-page-n-existe-pas", 404)]
    public async Task French_page_meets_WCAG_21_AA_according_to_axe(string path, int status)
    {
        await OpenAsync(path, status);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("en", "Sud Avesnois services online")]
    [InlineData("nl", "De diensten van Sud Avesnois online")]
    public async Task Home_page_in_another_language_meets_WCAG_21_AA_according_to_axe(string language, string heading)
    {
        await OpenAsync($"/langue/{language}?retour=%2F");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Axe.AssertNoViolationsAsync(Page);
    }
}
