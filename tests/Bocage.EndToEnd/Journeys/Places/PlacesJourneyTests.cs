using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// A visitor, on a 360 px phone and on a desktop screen, goes from the home page to the directory, opens the
/// tourism home, narrows it to Trélon (the glass museum and the brewery), reads the museum's page (hours in
/// words), follows the circuit that passes by, reads its steps and elevation table and downloads its GPX. Axe on
/// every page, no sideways scrolling.
/// </summary>
public sealed class PlacesJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_visitor_finds_a_museum_then_the_circuit_that_passes_by_and_takes_its_track(int width)
    {
        var page = await Screens.PageAsync(Host, width);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trouver un lieu, un service, une balade" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Annuaire du territoire");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-directory-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tourisme en Sud Avesnois" }).ClickAsync();
        await page.GetByLabel("Commune").SelectOptionAsync(new SelectOptionValue { Label = "Trélon" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 lieu(x) trouvé(s)");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-tourism-trelon-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Atelier-Musée du Verre" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Atelier-Musée du Verre");
        await Expect(page.GetByRole(AriaRole.Main))
            .ToContainTextAsync("Du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-museum-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Du textile au verre à vélo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Du textile au verre à vélo");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("Tracé du circuit") })).ToBeVisibleAsync();
        await Expect(page.Locator(".circuit-steps > li")).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Altitude");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-circuit-{width}");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Télécharger la trace GPX" }).ClickAsync()
        );
        Assert.Equal("textile-et-verre-a-velo.gpx", download.SuggestedFilename);
        var gpx = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("<trkpt", gpx, StringComparison.Ordinal);
    }
}
