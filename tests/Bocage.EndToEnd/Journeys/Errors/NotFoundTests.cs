using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Errors;

public sealed class NotFoundTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData("/cette-page-n-existe-pas")]
    [InlineData("/communes/atlantis")]
    public async Task Visitor_who_follows_a_wrong_address_gets_a_French_page_with_a_way_back(string path)
    {
        await OpenAsync(path, expectedStatus: 404);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page introuvable");

        await Page.GetByRole(AriaRole.Main)
            .GetByRole(AriaRole.Link, new() { Name = "Revenir à l'accueil" })
            .ClickAsync();

        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Les services du Sud Avesnois en ligne");
    }
}
