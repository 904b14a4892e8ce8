using System.Text;
using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Data;

public sealed class OpenDataTests(BrowserHost host) : BrowserTest(host)
{
    private const string Header =
        "nomAttribuant;idAttribuant;dateConvention;referenceDecision;nomBeneficiaire;idBeneficiaire;objet;montant;nature;conditionsVersement;datesPeriodeVersement;idRAE;notificationUE;pourcentageSubvention";

    private static FilePayload Grants(string beneficiaryId, string amount) =>
        new()
        {
            Name = "subventions.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(
                Header
                    + "\n"
                    + $"Pôle de Santé Sud Avesnois;24590066600018;2025-01-15;D-7;Club de Glageon;{beneficiaryId};\"Tournoi; été\";{amount};aide en numéraire;unique;2025-02-01;;non;1\n"
            ),
        };

    /// <summary>
    /// Fills the producer's form of <c>/gestion/donnees</c> (open) with a unique title; returns the title.
    /// </summary>
    internal static async Task<string> CreateDatasetAsync(
        IPage page,
        string title,
        string description,
        string producer,
        string theme
    )
    {
        title = $"{title} {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Description").FillAsync(description);
        await page.GetByLabel("Producteur").SelectOptionAsync(new SelectOptionValue { Label = producer });
        await page.GetByLabel("Thème").SelectOptionAsync(theme);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jeu de données" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        return title;
    }

    [Fact]
    public async Task A_partner_publishes_grants_after_fixing_the_errors_the_SCDL_schema_finds()
    {
        await StaffKeys.SignInAsync(Page, "partenaire@demo.sud-avesnois.fr");
        await OpenAsync("/gestion/donnees");
        var title = await CreateDatasetAsync(
            Page,
            "Subventions du pôle",
            "Aides versées par le pôle de santé en 2025.",
            "Pôle de Santé Sud Avesnois",
            "Finances"
        );
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Schéma de données")
            .SelectOptionAsync(new SelectOptionValue { Label = "Subventions (2.1.1)" });
        await Page.GetByLabel("Fichier", new() { Exact = true }).SetInputFilesAsync(Grants("123", "deux mille"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et publier" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le fichier n'a pas été publié");
        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("« deux mille » n'est pas un nombre");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Schéma de données")
            .SelectOptionAsync(new SelectOptionValue { Label = "Subventions (2.1.1)" });
        await Page.GetByLabel("Fichier", new() { Exact = true }).SetInputFilesAsync(Grants("78456123000011", "2000"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et publier" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(Page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Club de Glageon");
        await Axe.AssertNoViolationsAsync(Page);

        // A second resource for the same dataset: the first one stays published beside it.
        await OpenAsync(
            new Uri(Page.Url).AbsolutePath.Replace("/donnees/", "/gestion/donnees/", StringComparison.Ordinal)
        );
        await Page.GetByLabel("Ressource concernée")
            .SelectOptionAsync(new SelectOptionValue { Label = "Ajouter une nouvelle ressource" });
        await Page.GetByLabel("Titre de la nouvelle ressource").FillAsync("Subventions 2026");
        await Page.GetByLabel("Schéma de données")
            .SelectOptionAsync(new SelectOptionValue { Label = "Subventions (2.1.1)" });
        await Page.GetByLabel("Fichier", new() { Exact = true }).SetInputFilesAsync(Grants("78456123000011", "3000"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et publier" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await OpenAsync(
            new Uri(Page.Url).AbsolutePath.Replace("/donnees/", "/gestion/donnees/", StringComparison.Ordinal)
        );
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Ressources publiées (2)" }))
            .ToContainTextAsync("Subventions 2026");
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task A_visitor_narrows_the_catalogue_filters_a_preview_and_downloads_GeoJSON()
    {
        await OpenAsync("/donnees");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Numérique (2)" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Points d'accès wifi public" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Points d'accès wifi public");

        await Page.GetByLabel("Colonne").SelectOptionAsync(new SelectOptionValue { Label = "Commune" });
        await Page.GetByLabel("Contient").FillAsync("fourmies");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Last).ToContainTextAsync("1 ligne(s) correspondent");
        await Expect(Page.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(Page);

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "GeoJSON (12 lignes)" }).ClickAsync()
        );
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"FeatureCollection\"", text);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(text, "\"Feature\"").Count);
    }
}
