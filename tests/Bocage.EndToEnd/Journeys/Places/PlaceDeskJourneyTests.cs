using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The Trélon agent, on a 360 px phone and on a desktop screen, opens « Lieux de l'annuaire » from the back office,
/// adds a place of Trélon, is told at its field that the hours cannot be read (the rest kept), fixes them and lands
/// on the new place's public page, hours in words. Axe and no sideways scrolling on each page.
/// </summary>
public sealed class PlaceDeskJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_adds_a_place_and_fixes_its_hours_where_the_form_says(int width)
    {
        var page = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(page, "agent.trelon@demo.sud-avesnois.fr");
        var name = $"Jardin partagé des Verriers {width}";

        await page.GotoAsync("/gestion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lieux de l'annuaire" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Atelier-Musée du Verre");
        await Screens.CheckAsync(page, width);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un lieu" }).ClickAsync();
        await page.GetByLabel("Nom du lieu").FillAsync(name);
        await page.GetByLabel("Type de lieu").SelectOptionAsync(new SelectOptionValue { Label = "Site naturel" });
        await page.GetByLabel("Adresse (numéro et rue)").FillAsync("Rue de la Verrerie");
        await page.GetByLabel("Code postal").FillAsync("59132");
        await page.GetByLabel("Latitude").FillAsync("50,0590");
        await page.GetByLabel("Longitude").FillAsync("4,1050");
        await page.GetByLabel("Horaires").FillAsync("Sa 10:00-12:00; Di off");
        await page.GetByLabel("Résumé (Français, 280 caractères au plus)")
            .FillAsync("Des parcelles à cultiver ensemble.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Expect(page.Locator(".field--error")).ToContainTextAsync("« Di » n'est pas un jour");
        await Expect(page.GetByLabel("Nom du lieu")).ToHaveValueAsync(name);
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-desk-refused-{width}");
        await page.GetByLabel("Horaires").FillAsync("Sa 10:00-12:00; Su off");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Le samedi, de 10 h à 12 h");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-desk-saved-{width}");
    }
}
