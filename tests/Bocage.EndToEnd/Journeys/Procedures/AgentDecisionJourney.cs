using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// The Fourmies agent, on a phone and at a desk, opens the first file to handle from the inbox, reads the answers
/// before the one action form, tries to refuse without a reason, is stopped at the message with the choice kept,
/// then gives the reason. Axe on each page, no sideways scroll on the phone.
/// </summary>
public sealed class AgentDecisionJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_agent_refuses_a_file_only_with_its_reasons(int width)
    {
        await Page.SetViewportSizeAsync(width, 800);
        await StaffKeys.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr");
        await Page.GotoAsync("/gestion/demarches");
        await Expect(Page.GetByLabel("État")).ToHaveValueAsync("a-traiter");
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Demandeur" })).ToBeVisibleAsync();
        await Layout.AssertNoSidewaysScrollAsync(Page, width);
        await Axe.AssertNoViolationsAsync(Page);
        await Page.Locator("tbody th a").First.ClickAsync();

        var answers = await Page.GetByRole(AriaRole.Heading, new() { Name = "Réponses", Exact = true })
            .BoundingBoxAsync();
        var actions = await Page.GetByRole(AriaRole.Heading, new() { Name = "Traiter le dossier" }).BoundingBoxAsync();
        Assert.True(answers!.Y < actions!.Y, "The answers come before the action form.");
        await Layout.AssertNoSidewaysScrollAsync(Page, width);
        await Axe.AssertNoViolationsAsync(Page);
        await Screenshots.KeepAsync(Page, $"agent-file-{width}");

        await AgentFileSteps.RunStepAsync(Page, "Refuser");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Un refus doit être motivé");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Refuser" })).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Screenshots.KeepAsync(Page, $"agent-refusal-refused-{width}");

        await AgentFileSteps.RunStepAsync(Page, "Refuser", "Un seul bac par foyer.");
        await Expect(Page.GetByText("a été mis à jour")).ToBeVisibleAsync();
        await Expect(Page.Locator("dl.facts").First).ToContainTextAsync("Refusé");
    }
}
