using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// What an agent does on a file page: choose one step in the action form, write to the applicant, confirm.
/// </summary>
internal static class AgentFileSteps
{
    public static async Task RunStepAsync(IPage agent, string step, string? message = null)
    {
        var form = agent.Locator("form.action-chooser");
        await form.GetByRole(AriaRole.Radio, new() { Name = step, Exact = true }).CheckAsync();
        if (message is not null)
        {
            await form.GetByLabel("Message au demandeur").FillAsync(message);
        }
        await form.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
    }
}
