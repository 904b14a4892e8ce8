using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Data;

public sealed class MapJourney(BrowserHost host) : BrowserTest(host)
{
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
        """;

    [Fact]
    public async Task Visitor_opens_the_map_switches_to_the_choropleth_and_reads_the_text_alternative()
    {
        await Page.AddInitScriptAsync(ViolationRecorder);
        await OpenAsync("/carte");
        var map = Page.Locator("#carte.leaflet-container");
        await Expect(map).ToBeVisibleAsync();
        await Expect(Page.Locator("#carte path.leaflet-interactive")).ToHaveCountAsync(12 + 15);
        await Expect(Page.Locator("#carte-svg")).ToBeHiddenAsync();
        // The twelve communes are named on the map itself.
        await Expect(Page.Locator("#carte .map-label")).ToHaveCountAsync(12);
        await Expect(Page.Locator("#carte .map-label", new() { HasText = "Fourmies" })).ToBeVisibleAsync();
        // The outlines' licence asks for the credit on the map itself.
        await Expect(Page.Locator("#carte .leaflet-control-attribution"))
            .ToContainTextAsync("IGN – Admin Express, Licence Ouverte");

        await Page.GetByLabel("Colorer les communes selon")
            .SelectOptionAsync(new SelectOptionValue { Label = "Population municipale" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("indicateur=population"));
        await Expect(Page.GetByText("Légende : Population municipale (habitants)")).ToBeVisibleAsync();
        // The darkest class of the palette colours the largest commune (Fourmies).
        await Expect(Page.Locator("#carte path.leaflet-interactive[fill='#006d2c']").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Aller à la version texte de la carte" }).ClickAsync();
        var text = Page.GetByRole(AriaRole.Region, new() { Name = "La carte en texte" });
        await Expect(
                text.GetByRole(
                    AriaRole.Table,
                    new() { Name = "Population municipale, dernière valeur publiée par commune" }
                )
            )
            .ToContainTextAsync("Fourmies");
        await Expect(text).ToContainTextAsync("Wifi public — mairie de Baives");

        await Page.Locator("#carte path.leaflet-interactive").Last.ClickAsync(new() { Force = true });
        await Expect(Page.Locator(".leaflet-popup-content")).ToBeVisibleAsync();
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, string.Join("; ", violations));
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task Visitor_picks_a_layer_of_the_catalogue_filters_it_and_reads_its_text_alternative()
    {
        await Page.AddInitScriptAsync(ViolationRecorder);
        await OpenAsync("/carte");
        await Page.GetByLabel("Équipements collectifs du Sud Avesnois").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("couche=equipements-collectifs%2Fdonnees"));
        // Leaflet draws the communes and the layer's points from the catalogue's GeoJSON.
        await Expect(Page.Locator("#carte path.leaflet-interactive")).Not.ToHaveCountAsync(12);

        await Page.GetByLabel("Filtrer sur la colonne").SelectOptionAsync("ADR_COMMUNE");
        await Page.GetByLabel("Valeur contenue").FillAsync("Fourmies");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Aller à la version texte de la carte" }).ClickAsync();
        var text = Page.GetByRole(AriaRole.Region, new() { Name = "La carte en texte" });
        await Expect(
                text.GetByRole(AriaRole.Table, new() { Name = "Équipements collectifs du Sud Avesnois : 6 point(s)" })
            )
            .ToContainTextAsync("Médiathèque de Fourmies");
        await Expect(text).Not.ToContainTextAsync("Mairie de Trélon");
        await Expect(Page.Locator("#export-geojson"))
            .ToHaveAttributeAsync(
                "href",
                new Regex(
                    "^/api/carte/jeux/equipements-collectifs/donnees.geojson\\?colonne=ADR_COMMUNE&valeur=Fourmies$"
                )
            );
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, string.Join("; ", violations));
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task Visitor_compares_two_communes_on_an_indicator_page()
    {
        await OpenAsync("/observatoire");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Demandeurs d'emploi (catégorie A)" }).ClickAsync();
        await Page.GetByLabel("Anor").CheckAsync();
        await Page.GetByLabel("Trélon").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Comparer" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Demandeurs d'emploi (catégorie A)" }))
            .ToBeVisibleAsync();
        var table = Page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Trélon" })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "2025" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }
}
