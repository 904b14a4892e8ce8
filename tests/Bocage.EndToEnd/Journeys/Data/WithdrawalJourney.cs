using System.Text;
using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Data;

public sealed class WithdrawalJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task A_producer_withdraws_a_dataset_from_the_catalogue_then_puts_it_back()
    {
        await StaffKeys.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr");
        await OpenAsync("/gestion/donnees");
        var title = await OpenDataTests.CreateDatasetAsync(
            Page,
            "Bancs publics",
            "Bancs installés par la commune.",
            "Mairie de Fourmies",
            "Équipements"
        );
        await Page.GetByLabel("Fichier", new() { Exact = true })
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "bancs.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes("nom;places\nBanc du kiosque;3\n"),
                }
            );
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et publier" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var publicPath = new Uri(Page.Url).AbsolutePath;

        await OpenAsync(publicPath.Replace("/donnees/", "/gestion/donnees/", StringComparison.Ordinal) + "/fiche");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Retirer du catalogue" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Le jeu de données a été retiré du catalogue.");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("retiré");
        await Axe.AssertNoViolationsAsync(Page);

        await OpenAsync(publicPath, expectedStatus: 404);
        await OpenAsync("/donnees?q=" + Uri.EscapeDataString(title));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);

        await OpenAsync("/gestion/donnees");
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Remettre au catalogue : {title}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Le jeu de données est de nouveau au catalogue.");
        await Expect(row).Not.ToContainTextAsync("retiré");
        await OpenAsync("/donnees?q=" + Uri.EscapeDataString(title));
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Banc du kiosque");
    }
}
