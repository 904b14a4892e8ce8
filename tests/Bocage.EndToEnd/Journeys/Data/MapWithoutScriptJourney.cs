using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Data;

public sealed class MapWithoutScriptJourney(BrowserHost host) : BrowserTest(host)
{
    protected override BrowserNewContextOptions ContextOptions() => new() { JavaScriptEnabled = false };

    [Fact]
    public async Task Without_javascript_the_map_is_an_svg_image_with_its_tables()
    {
        await OpenAsync("/carte?indicateur=couverture-fibre&couche=fibre");

        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Carte des communes du Sud Avesnois" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#carte")).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Nœuds du réseau fibre : 4 point(s)" })).ToBeVisibleAsync();
    }
}
