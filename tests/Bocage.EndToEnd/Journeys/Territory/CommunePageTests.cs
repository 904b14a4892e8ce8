using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Territory;

public sealed class CommunePageTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Visitor_reads_the_facts_and_the_town_hall_of_Fourmies()
    {
        await OpenAsync("/communes/fourmies");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Fourmies — "));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fourmies");

        Assert.Equal("59249", await FactAsync("Code INSEE"));
        Assert.StartsWith("12 119", await FactAsync("Population"));

        var breadcrumbs = Page.GetByRole(AriaRole.Navigation, new() { Name = "Vous êtes ici" });
        Assert.Equal(
            "/",
            await breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Accueil" }).GetAttributeAsync("href")
        );
        Assert.Equal(
            "/communes",
            await breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Les communes" }).GetAttributeAsync("href")
        );
        await Expect(breadcrumbs.Locator("[aria-current=page]")).ToHaveTextAsync("Fourmies");

        var townHall = Page.GetByRole(AriaRole.Region, new() { Name = "Mairie et services" });
        await Expect(townHall.GetByRole(AriaRole.Heading, new() { Name = "Mairie de Fourmies" })).ToBeVisibleAsync();
    }

    /// <summary>The value next to a term of the facts list, e.g. "Code INSEE".</summary>
    private async Task<string> FactAsync(string term)
    {
        var fact = Page.Locator(".facts > div")
            .Filter(new() { Has = Page.Locator("dt", new() { HasTextRegex = new($"^{Regex.Escape(term)}$") }) });
        return Normalise(await fact.Locator("dd").InnerTextAsync());
    }

    [Fact]
    public async Task Visitor_opens_a_commune_from_the_list_of_communes()
    {
        await OpenAsync("/communes");
        var cards = Page.Locator("main .card");
        await Expect(cards).ToHaveCountAsync(Territory.Communes.Count);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Glageon", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/communes/glageon$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Glageon");
        await Expect(Page.Locator(".facts")).ToContainTextAsync("59261");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mairie de Glageon" })).ToBeVisibleAsync();
    }
}
