using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>
/// The Fourmies agent, on a 360 px phone and on a desktop screen, gives the Saint-Pierre church a label and ticks a
/// digital-mediation service in the national schema's list; the church's page shows both; the agent then takes
/// them back (the browser tests share one site). Axe and no sideways scrolling on each page.
/// </summary>
public sealed class MediationListsJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private const string Form = "/gestion/lieux/eglise-saint-pierre-fourmies/modifier";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_ticks_a_mediation_service_and_a_label_the_page_shows_them(int width)
    {
        var label = $"Patrimoine du XXe siècle ({width})";
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.GotoAsync(Form);
        var services = agent.GetByRole(AriaRole.Group, new() { Name = "Services", Exact = true });
        await agent.GetByLabel(new Regex("^Labels")).FillAsync(label);
        await services.GetByLabel("Aide aux démarches administratives").CheckAsync();
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"places-mediation-form-{width}");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Église Saint-Pierre");
        await Expect(agent.GetByRole(AriaRole.Main)).ToContainTextAsync(label);
        await Expect(agent.GetByRole(AriaRole.Main)).ToContainTextAsync("Aide aux démarches administratives");
        await Screens.CheckAsync(agent, width);

        await agent.GotoAsync(Form);
        await agent.GetByLabel(new Regex("^Labels")).FillAsync("");
        await services.GetByLabel("Aide aux démarches administratives").UncheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Aide aux démarches administratives");
    }
}
