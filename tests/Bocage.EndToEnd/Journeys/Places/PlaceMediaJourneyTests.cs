using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The Trélon agent, on a 360 px phone and on a desktop screen, goes from the glass museum's form to its photos and
/// visits, sends a photo without its description (told at the field, the title kept), then with it; a visitor finds
/// the photo on the museum's page with its words, opens the 360° visit at the workshop through a real button and
/// sees the 3D bottle after asking for it; the agent then removes the photo, asked twice. Axe and no sideways
/// scrolling on each page, the viewers included.
/// </summary>
public sealed class PlaceMediaJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_adds_a_photo_and_a_visitor_walks_the_360_visit_and_turns_the_3d_object(int width)
    {
        var title = $"Les fours vus de la cour ({width})";
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/lieux/musee-verre-trelon/modifier");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Photos, visite à 360° et objets en 3D" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Photos et visite virtuelle : Atelier-Musée du Verre");
        await agent.GetByRole(AriaRole.Radio, new() { NameRegex = new("^Photo") }).CheckAsync();
        await agent.GetByLabel("Fichier").SetInputFilesAsync(JourneyPictures.Ovens());
        await agent.Locator("#Input-titlefr").FillAsync(title);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();

        await Expect(agent.Locator(".field--error")).ToContainTextAsync("Décrivez en français ce que l'on voit");
        await Expect(agent.Locator("#Input-titlefr")).ToHaveValueAsync(title);
        await Screens.CheckAsync(agent, width);
        await agent.Locator("#Input-descriptionfr").FillAsync("Deux fours de briques sous un ciel clair.");
        await agent.GetByLabel("Fichier").SetInputFilesAsync(JourneyPictures.Ovens());
        await agent.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Le média a été ajouté");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"place-media-desk-{width}");

        var visitor = await Screens.PageAsync(Host, width);
        await visitor.GotoAsync("/annuaire/musee-verre-trelon");
        await Expect(visitor.GetByRole(AriaRole.Img, new() { Name = title })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("Deux fours de briques sous un ciel clair.");
        await Screens.CheckAsync(visitor, width);
        await Screenshots.KeepAsync(visitor, $"place-media-page-{width}");
        await visitor
            .GetByRole(AriaRole.Button, new() { Name = "Voir cette pièce à 360° : L'atelier des verriers" })
            .ClickAsync();
        await Expect(visitor.Locator("#visite"))
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pnlm-container"));
        await Expect(visitor.Locator("#visite")).ToBeFocusedAsync();
        // Loaded (or told it cannot be shown): Pannellum hides its loading box either way.
        await Expect(visitor.Locator("#visite .pnlm-load-box")).ToBeHiddenAsync();
        await Screens.CheckAsync(visitor, width);
        // Software WebGL draws a desktop-sized frame slowly on a busy machine: the viewers are kept at phone size.
        if (width <= 360)
        {
            await Screenshots.KeepAsync(visitor, $"place-media-visit-{width}");
        }
        await visitor.GetByRole(AriaRole.Button, new() { NameRegex = new("^Voir l'objet en 3D") }).ClickAsync();
        await visitor.WaitForFunctionAsync("() => customElements.get('model-viewer') !== undefined");
        await Expect(visitor.Locator("model-viewer"))
            .ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^Bouteille soufflée"));
        await Screens.CheckAsync(visitor, width);
        if (width <= 360)
        {
            await Screenshots.KeepAsync(visitor, $"place-media-model-{width}");
        }

        // Removing asks twice: the first click only opens the warning.
        await agent.GetByText($"Retirer : {title}").ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Supprimer définitivement : {title}" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("Le média a été retiré");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = title })).ToHaveCountAsync(0);
        await Screens.CheckAsync(agent, width);
    }
}
