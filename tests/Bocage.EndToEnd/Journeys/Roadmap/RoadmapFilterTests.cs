using Bocage.EndToEnd.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Roadmap;

public sealed class RoadmapFilterTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Visitor_sees_the_29_actions_of_the_roadmap()
    {
        await OpenAsync("/feuille-de-route");
        var roadmap = new RoadmapPage(Page);
        await Expect(roadmap.Items).ToHaveCountAsync(RoadmapPage.TotalActions);
        await Expect(roadmap.Count).ToHaveTextAsync("29 action(s) sur 29");
        await Expect(roadmap.ResetLink).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Visitor_filters_the_roadmap_by_pillar()
    {
        await OpenAsync("/feuille-de-route");
        var roadmap = new RoadmapPage(Page);
        var expected = (await roadmap.PillarsOfItemsAsync()).Count(p => p == "Cohésion sociale");
        Assert.InRange(expected, 1, RoadmapPage.TotalActions - 1);

        await roadmap.PillarSelect.SelectOptionAsync("Cohésion sociale");
        await roadmap.FilterButton.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"[?&]pilier=Coh%C3%A9sion(\+|%20)sociale"));
        await Expect(roadmap.Count).ToHaveTextAsync($"{expected} action(s) sur 29");
        await Expect(roadmap.Items).ToHaveCountAsync(expected);
        Assert.All(await roadmap.PillarsOfItemsAsync(), p => Assert.Equal("Cohésion sociale", p));
        await Expect(roadmap.PillarSelect).ToHaveValueAsync("Cohésion sociale");
    }

    [Fact]
    public async Task Visitor_filters_the_roadmap_by_tag()
    {
        await OpenAsync("/feuille-de-route");
        var roadmap = new RoadmapPage(Page);
        var expected = (await roadmap.TagsOfItemsAsync()).Count(tags => tags.Contains("Transparence"));
        Assert.InRange(expected, 1, RoadmapPage.TotalActions - 1);

        await roadmap.TagSelect.SelectOptionAsync("Transparence");
        await roadmap.FilterButton.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("[?&]tag=Transparence"));
        await Expect(roadmap.Count).ToHaveTextAsync($"{expected} action(s) sur 29");
        await Expect(roadmap.Items).ToHaveCountAsync(expected);
        Assert.All(await roadmap.TagsOfItemsAsync(), tags => Assert.Contains("Transparence", tags));
    }

    [Fact]
    public async Task Visitor_clears_the_filters_with_the_reset_link()
    {
        await OpenAsync("/feuille-de-route?pilier=Coh%C3%A9sion%20sociale&tag=Formation");
        var roadmap = new RoadmapPage(Page);
        var filtered = await roadmap.Items.CountAsync();
        Assert.InRange(filtered, 1, RoadmapPage.TotalActions - 1);
        await Expect(roadmap.PillarSelect).ToHaveValueAsync("Cohésion sociale");
        await Expect(roadmap.TagSelect).ToHaveValueAsync("Formation");

        await roadmap.ResetLink.ClickAsync();

        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/feuille-de-route");
        await Expect(roadmap.Items).ToHaveCountAsync(RoadmapPage.TotalActions);
        await Expect(roadmap.Count).ToHaveTextAsync("29 action(s) sur 29");
        await Expect(roadmap.PillarSelect).ToHaveValueAsync("");
        await Expect(roadmap.TagSelect).ToHaveValueAsync("");
    }
}
