using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Data;

public sealed class BroadbandJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task Inhabitant_reports_a_broadband_problem_at_their_address()
    {
        await OpenAsync("/couverture");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert))
            .ToContainTextAsync("Indiquez l'adresse où la couverture fait défaut.");

        await Page.GetByLabel("Adresse concernée").FillAsync("8 rue du Moulin");
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Commune" })
            .SelectOptionAsync(new SelectOptionValue { Label = "Wallers-en-Fagne" });
        await Page.GetByRole(AriaRole.Radio, new() { Name = "4G" }).CheckAsync();
        await Page.GetByLabel("Que se passe-t-il ?").FillAsync("Aucun réseau mobile à l'intérieur de la maison.");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("votre signalement est enregistré");
        await Expect(Page).ToHaveURLAsync(new Regex("/couverture$"));
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task Inhabitant_reads_the_coverage_at_their_address()
    {
        await OpenAsync("/couverture");
        await Page.GetByRole(AriaRole.Link, new() { Name = "La couverture à mon adresse" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Voir la couverture" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Indiquez votre adresse");

        await Page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("5 r. jean jaures trelon");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Voir la couverture" }).ClickAsync();

        await Expect(Page.Locator("#resultat")).ToHaveTextAsync("5 Rue Jean Jaurès, 59132 Trélon");
        await Expect(Page.Locator("main")).ToContainTextAsync("chiffre de la commune, pas de l'adresse");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
