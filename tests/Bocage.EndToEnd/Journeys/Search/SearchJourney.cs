using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Search;

/// <summary>
/// An inhabitant, on a phone and at a desk, types « cantines » in the home page's search: the canteen procedure
/// comes first among « Démarches en ligne », and once signed in their own canteen invoices appear above it under
/// « Mes factures ». Axe on each page, no sideways scroll.
/// </summary>
public sealed class SearchJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_inhabitant_searches_the_canteen_and_finds_the_procedure_then_their_invoices(int width)
    {
        await Page.SetViewportSizeAsync(width, 800);
        await OpenAsync("/");
        await Page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox).FillAsync("cantines");
        await Page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        var procedures = Page.GetByRole(AriaRole.Region, new() { Name = "Démarches en ligne" });
        await Expect(procedures.GetByRole(AriaRole.Link).First).ToContainTextAsync("cantine");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Mes factures" })).ToHaveCountAsync(0);
        await Layout.AssertNoSidewaysScrollAsync(Page, width);
        await Axe.AssertNoViolationsAsync(Page);
        await Screenshots.KeepAsync(Page, $"search-anonymous-{width}");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Connectez-vous pour retrouver aussi vos dossiers" })
            .ClickAsync();
        await AccountSteps.FillSignInAsync(Page, "habitant@demo.sud-avesnois.fr", AccountSteps.DemoPassword);
        await Expect(Page).ToHaveURLAsync(new Regex(@"/recherche\?q=cantines$"));
        var invoices = Page.GetByRole(AriaRole.Region, new() { Name = "Mes factures" });
        await Expect(invoices).ToContainTextAsync("Cantine – octobre");
        var invoicesBox = await invoices.BoundingBoxAsync();
        var proceduresBox = await procedures.BoundingBoxAsync();
        Assert.True(invoicesBox!.Y < proceduresBox!.Y, "The person's own invoices come before the catalogue.");
        await Layout.AssertNoSidewaysScrollAsync(Page, width);
        await Axe.AssertNoViolationsAsync(Page);
        await Screenshots.KeepAsync(Page, $"search-signed-in-{width}");

        await procedures.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("cantine");
    }
}
