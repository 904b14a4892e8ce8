using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

public sealed class DesignerJourney(BrowserHost host) : BrowserTest(host)
{
    private Task ClickAsync(string button) =>
        Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    private async Task AddFieldAsync(string type, string label)
    {
        await Page.GetByLabel("Type de champ").SelectOptionAsync(new SelectOptionValue { Label = type });
        await Page.GetByLabel("Libellé").FillAsync(label);
        await ClickAsync("Ajouter le champ");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Champ « {label} »");
    }

    [Fact]
    public async Task A_designer_builds_a_procedure_with_a_condition_and_publishes_it()
    {
        await StaffKeys.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr");
        var title = $"Sortie scolaire {Guid.NewGuid():N}"[..24];

        await OpenAsync("/gestion/demarches/conception");
        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Inscription à la cantine et au périscolaire");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Créer une démarche" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Titre").FillAsync(title);
        await Page.GetByLabel("Description")
            .FillAsync("Autorisation de sortie pour les élèves des écoles de Fourmies.");
        await Page.GetByLabel("Thème").FillAsync("enfance");
        await Page.GetByLabel("Commune responsable").SelectOptionAsync(new SelectOptionValue { Label = "Fourmies" });
        await Page.GetByLabel("Les personnes ayant un compte").CheckAsync();
        await ClickAsync("Créer la démarche");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Titre de la page").FillAsync("Autorisation");
        await ClickAsync("Ajouter une page");
        await AddFieldAsync("Oui / non", "Traitement médical");
        await Axe.AssertNoViolationsAsync(Page);
        await ClickAsync("Enregistrer");
        await AddFieldAsync("Texte long", "Médicaments à prendre");
        await Page.GetByLabel("Afficher selon la réponse à")
            .SelectOptionAsync(new SelectOptionValue { Label = "Traitement médical" });
        await Page.GetByLabel("Quand la réponse").SelectOptionAsync(new SelectOptionValue { Label = "est remplie" });
        await ClickAsync("Enregistrer");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Modification enregistrée");
        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("affiché selon « traitement-medical »");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Aperçu" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page 1 : Autorisation" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GoBackAsync();
        var procedure = Page.Url;
        await Page.GetByRole(AriaRole.Link, new() { Name = "Circuit de traitement" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Accepter" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await PresetAgentAsync();
        await Page.GotoAsync(procedure);

        await ClickAsync("Publier la version 1");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version publiée");
        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("en ligne");
        await Axe.AssertNoViolationsAsync(Page);
    }

    /// <summary>
    /// The accepted file goes to a named agent of Fourmies, chosen among the agents; the action lists her name.
    /// </summary>
    private async Task PresetAgentAsync()
    {
        await Page.GetByLabel("Type d'action")
            .SelectOptionAsync(new SelectOptionValue { Label = "Attribuer à un service ou un agent" });
        var assignee = Page.GetByLabel("Attribuer à (service ou agent)");
        await Expect(assignee.Locator("optgroup[label='Agents'] option", new() { HasText = "Sacha Delattre" }))
            .ToHaveCountAsync(1);
        await assignee.SelectOptionAsync(new SelectOptionValue { Label = "Dominique Carpentier" });
        await ClickAsync("Ajouter une action");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Modification enregistrée");
        var actions = Page.Locator("#actions + ol");
        await Expect(actions).ToContainTextAsync("Attribuer à un service ou un agent Dominique Carpentier");
        await Expect(actions).Not.ToContainTextAsync("account:");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
