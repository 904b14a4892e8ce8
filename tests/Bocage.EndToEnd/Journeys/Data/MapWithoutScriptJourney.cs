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

        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Carte des communes du Sud Avesnois" }))
            .ToBeVisibleAsync();
        await Expect(Page.Locator("#carte")).ToBeHiddenAsync();
        await Expect(Page.Locator("#carte-source"))
            .ToHaveTextAsync("Contours des communes : IGN – Admin Express, Licence Ouverte");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Nœuds du réseau fibre : 4 point(s)" }))
            .ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_javascript_a_layer_of_the_catalogue_is_picked_filtered_and_read_as_text()
    {
        await OpenAsync("/carte");
        await Page.GetByLabel("Équipements collectifs du Sud Avesnois").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(Page)
            .ToHaveURLAsync(new System.Text.RegularExpressions.Regex("couche=equipements-collectifs%2Fdonnees"));
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Carte des communes du Sud Avesnois" }))
            .ToBeVisibleAsync();

        await Page.GetByLabel("Filtrer sur la colonne").SelectOptionAsync("ADR_COMMUNE");
        await Page.GetByLabel("Valeur contenue").FillAsync("Fourmies");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        var table = Page.GetByRole(
            AriaRole.Table,
            new() { Name = "Équipements collectifs du Sud Avesnois : 6 point(s)" }
        );
        await Expect(table).ToContainTextAsync("Médiathèque de Fourmies");
        await Expect(table).Not.ToContainTextAsync("Mairie de Trélon");
        await Expect(Page.Locator("#export-geojson"))
            .ToHaveAttributeAsync(
                "href",
                new System.Text.RegularExpressions.Regex(
                    "^/api/carte/jeux/equipements-collectifs/donnees.geojson\\?colonne=ADR_COMMUNE&valeur=Fourmies$"
                )
            );
    }
}
