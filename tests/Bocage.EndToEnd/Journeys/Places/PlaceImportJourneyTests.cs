using System.Text;
using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The Trélon agent, on a 360 px phone and on a desktop screen, opens the import from « Lieux de l'annuaire », sends
/// a CSV file of two places, one with a postal code of four digits; the check says one place to create (listed when
/// unfolded) and one line refused, with its line, column and reason; the agent confirms, reads the result and finds
/// the new place in the directory. Axe and no sideways scrolling on each page.
/// </summary>
public sealed class PlaceImportJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_imports_a_file_with_a_bad_line_reads_why_confirms_and_finds_the_place(int width)
    {
        var page = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(page, "agent.trelon@demo.sud-avesnois.fr");
        var name = $"Verger conservatoire de la Fagne {width}";
        var csv =
            "nom;type;commune;adresse;code_postal;latitude;longitude;horaires;resume;acces_plain_pied\n"
            + $"{name};Site naturel;Trélon;Rue du Verger;59132;50,0583;4,1012;Sa 14:00-18:00;Des pommiers anciens.;oui\n"
            + $"Rucher {width};Site naturel;Trélon;Rue du Verger;5913;50,0584;4,1013;;;non\n";

        await page.GotoAsync("/gestion/lieux");
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer des lieux depuis un fichier CSV" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Les 25 colonnes reconnues" }))
            .ToContainTextAsync("acces_plain_pied");
        await Screens.CheckAsync(page, width);
        await page.GetByLabel("Fichier CSV des lieux")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "vergers.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes(csv),
                }
            );
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vérification de « vergers.csv »" }))
            .ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Lieux à créer : 1");
        var refused = page.GetByRole(AriaRole.Table, new() { Name = "Lignes refusées et pourquoi" });
        await Expect(refused).ToContainTextAsync("Ligne 3");
        await Expect(refused).ToContainTextAsync("code_postal");
        await Expect(refused).ToContainTextAsync("Le code postal a cinq chiffres");
        await page.GetByText("Voir les lieux à créer ou à mettre à jour (1)").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Lieux que l'import écrira" }))
            .ToContainTextAsync(name);
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-import-checked-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer les lieux valides (1)" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lieux créés : 1. Lieux mis à jour : 0.");
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"places-import-done-{width}");
        await page.GotoAsync($"/annuaire?q={Uri.EscapeDataString("verger conservatoire")}");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Le samedi, de 14 h à 18 h");
        await Screens.CheckAsync(page, width);
    }
}
