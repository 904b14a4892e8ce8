using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Roadmap;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.NoScript;

public sealed class WithoutJavaScriptTests(BrowserHost host) : BrowserTest(host)
{
    protected override BrowserNewContextOptions ContextOptions() => new() { JavaScriptEnabled = false };

    /// <summary>
    /// Whether the site's script (htmx) ran: Playwright's own evaluation still works with JavaScript off.
    /// </summary>
    private Task<bool> ScriptsRanAsync() => Page.EvaluateAsync<bool>("() => typeof window.htmx !== 'undefined'");

    [Fact]
    public async Task Visitor_without_JavaScript_filters_the_roadmap_by_pillar()
    {
        await OpenAsync("/feuille-de-route");
        Assert.False(await ScriptsRanAsync(), "The page ran its scripts although JavaScript is off.");
        var roadmap = new RoadmapPage(Page);
        await Expect(roadmap.Items).ToHaveCountAsync(RoadmapPage.TotalActions);

        await roadmap.PillarSelect.SelectOptionAsync("Mobilités");
        await roadmap.FilterButton.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]pilier=Mobilit%C3%A9s"));
        await Expect(roadmap.Count).ToHaveTextAsync("1 action(s) sur 29");
        Assert.Equal(["Mobilités"], await roadmap.PillarsOfItemsAsync());
    }

    [Fact]
    public async Task Visitor_without_JavaScript_searches_for_a_commune()
    {
        await OpenAsync("/recherche");
        Assert.False(await ScriptsRanAsync(), "The page ran its scripts although JavaScript is off.");
        var search = Page.GetByRole(AriaRole.Search);
        await search.GetByRole(AriaRole.Searchbox).FillAsync("wignehies");
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/recherche\?q=wignehies$"));
        var results = Page.Locator(".result-list li");
        await Expect(results.First).ToContainTextAsync("Wignehies");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Wignehies", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wignehies");
    }
}
