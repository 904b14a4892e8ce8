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

    [Fact]
    public async Task Without_javascript_a_catalogue_layer_is_drawn_searched_around_a_point_and_listed()
    {
        await OpenAsync("/carte");
        await Page.GetByLabel("Points d'accès wifi public").CheckAsync();
        await Page.GetByLabel("Latitude").FillAsync("50,016");
        await Page.GetByLabel("Longitude").FillAsync("4,054");
        await Page.GetByLabel("Rayon").FillAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        await Expect(Page.Locator("#carte-svg circle.map-svg__point")).Not.ToHaveCountAsync(0);
        var table = Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Points d'accès wifi public : \\d+ point\\(s\\)$") });
        await Expect(table).ToContainTextAsync("WiFi public Fourmies");
        await Expect(table).Not.ToContainTextAsync("WiFi public Willies");
        await Expect(Page.Locator("#export-geojson")).ToHaveAttributeAsync("href", new Regex("^/api/carte/jeux/wifi-public/donnees.geojson\\?lat="));
        await Axe.AssertNoViolationsAsync(Page);
    }
}
