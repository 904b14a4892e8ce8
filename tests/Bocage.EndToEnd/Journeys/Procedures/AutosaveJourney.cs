using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// With JavaScript, what an applicant types is saved as the draft without pressing any button, and said in a polite
/// live region. Axe on the page.
/// </summary>
public sealed class AutosaveJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task What_is_typed_is_saved_by_itself_and_found_again_after_a_reload()
    {
        await OpenAsync("/demarches/demande-bac-ordures-menageres");
        await Page.GetByLabel("Votre adresse e-mail").FillAsync("journey.auto@exemple.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        var status = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Brouillon enregistré" });

        await Page.GetByLabel("Nom et prénom").PressSequentiallyAsync("Camille Auto");

        await Expect(status)
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Brouillon enregistré à \d{2}:\d{2}$"));
        await Axe.AssertNoViolationsAsync(Page);
        await Page.ReloadAsync();
        await Expect(Page.GetByLabel("Nom et prénom")).ToHaveValueAsync("Camille Auto");
    }
}
