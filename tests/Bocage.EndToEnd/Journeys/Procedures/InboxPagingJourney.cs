using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// The Fourmies agent walks the inbox of the demo files page by page (keyset links) and back to the first page. Axe on
/// each page.
/// </summary>
public sealed class InboxPagingJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task An_agent_pages_through_the_inbox_and_returns_to_the_first_page()
    {
        await StaffKeys.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr");
        await Page.GotoAsync("/gestion/demarches");
        await Expect(Page.GetByText("Dossiers reçus, page 1")).ToBeVisibleAsync();
        var first = await Page.Locator("tbody th a").First.InnerTextAsync();
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Page suivante" }).ClickAsync();
        await Expect(Page.GetByText("Dossiers reçus, page 2")).ToBeVisibleAsync();
        Assert.Contains("apres=", Page.Url);
        Assert.DoesNotContain(first, await Page.Locator("tbody").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Première page" }).ClickAsync();
        await Expect(Page.GetByText("Dossiers reçus, page 1")).ToBeVisibleAsync();
        Assert.Equal(first, await Page.Locator("tbody th a").First.InnerTextAsync());
    }
}
