using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Territory;

public sealed class HomePageTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Visitor_sees_the_twelve_communes_with_their_INSEE_codes_and_populations()
    {
        await OpenAsync("/");
        var table = Page.GetByRole(
            AriaRole.Table,
            new() { Name = "Les communes membres, avec leur code INSEE et leur population" }
        );
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(Territory.Communes.Count);

        var shown = new Dictionary<string, (string Insee, string Population)>();
        foreach (var row in await rows.AllAsync())
        {
            var name = Normalise(await row.Locator("th").InnerTextAsync());
            var cells = row.Locator("td");
            shown[name] = (
                Normalise(await cells.Nth(0).InnerTextAsync()),
                Normalise(await cells.Nth(1).InnerTextAsync())
            );
        }
        foreach (var commune in Territory.Communes)
        {
            Assert.True(
                shown.TryGetValue(commune.Name, out var facts),
                $"{commune.Name} is missing from the home page table."
            );
            Assert.Equal(commune.Insee, facts.Insee);
            Assert.Equal(commune.Population, facts.Population);
        }
    }

    [Fact]
    public async Task Visitor_sees_the_six_pillars_of_the_roadmap()
    {
        await OpenAsync("/");
        var services = Page.GetByRole(
            AriaRole.Region,
            new() { Name = "Les services, par pilier de la feuille de route" }
        );
        var pillars = services.Locator(".card__title");
        await Expect(pillars).ToHaveCountAsync(6);
        var names = (await pillars.AllInnerTextsAsync()).Select(Normalise).ToList();
        Assert.Equal(Territory.Pillars.Order(), names.Order());
    }

    [Fact]
    public async Task Visitor_finds_Trelon_by_searching_without_accent_and_opens_its_page()
    {
        await OpenAsync("/");
        var search = Page.GetByRole(AriaRole.Search);
        await search
            .GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher une commune, un service, une action" })
            .FillAsync("trelon");
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/recherche\?q=trelon$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("« trelon »");
        await Page.GetByRole(AriaRole.Main)
            .GetByRole(AriaRole.Link, new() { Name = "Trélon", Exact = true })
            .ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/communes/trelon$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trélon");
        await Expect(Page.Locator(".facts")).ToContainTextAsync("59601");
    }
}
