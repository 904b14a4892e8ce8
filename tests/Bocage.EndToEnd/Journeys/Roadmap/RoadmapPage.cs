using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Roadmap;

/// <summary>The parts of /feuille-de-route a visitor works with.</summary>
internal sealed class RoadmapPage(IPage page)
{
    public const int TotalActions = 29;

    public ILocator Items => page.Locator("ol.roadmap-list > li.roadmap-item");

    public ILocator Count => page.GetByRole(AriaRole.Status);

    public ILocator PillarSelect => page.GetByLabel("Pilier", new() { Exact = true });

    public ILocator TagSelect => page.GetByLabel("Thème", new() { Exact = true });

    public ILocator FilterButton => page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" });

    public ILocator ResetLink => page.GetByRole(AriaRole.Link, new() { Name = "Effacer les filtres" });

    /// <summary>The pillar each listed action shows.</summary>
    public async Task<IReadOnlyList<string>> PillarsOfItemsAsync() =>
        await Items
            .Locator("dl > div")
            .Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new("^Pilier$") }) })
            .Locator("dd")
            .AllInnerTextsAsync();

    /// <summary>The tags each listed action shows, one list per action.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> TagsOfItemsAsync()
    {
        var result = new List<IReadOnlyList<string>>();
        foreach (var item in await Items.AllAsync())
        {
            result.Add(await item.Locator(".tag-list a.tag").AllInnerTextsAsync());
        }
        return result;
    }
}
