using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>
/// The lines of a file's history and versions as an agent reads them: people by their names (never an account id),
/// events in plain French (never an action's code name).
/// </summary>
internal sealed class FileLines(
    IReadOnlyDictionary<string, string> people,
    WorkflowDefinition workflow,
    IStringLocalizer<ProceduresResource> text
)
{
    /// <summary>Who did something: an agent's or applicant's name, or the applicant without an account.</summary>
    public string Actor(string actor) =>
        Named(actor) is { } name ? name
        : actor == "suivi" ? text["ActorTrackedApplicant"]
        : text["ActorUnknown"];

    /// <summary>The name of an account's actor, or null when it names no known account.</summary>
    public string? Named(string actor) => people.TryGetValue(actor, out var name) && name.Length > 0 ? name : null;

    public string State(string? key) => workflow.States.FirstOrDefault(s => s.Key == key)?.Label ?? key ?? "";

    /// <summary>What happened, without the date and the person.</summary>
    public string What(FileEvent e) =>
        e.Kind switch
        {
            FileEventKind.Transition => $"{State(e.FromState)} → {State(e.ToState)}",
            FileEventKind.Completed => text["HistoryCompleted"],
            FileEventKind.ActionDone when Enum.TryParse<WorkflowActionType>(e.Detail, out var action) => text[
                "HistoryActionDone",
                text["DesignAction_" + action]
            ],
            FileEventKind.ActionFailed => text["HistoryActionFailed", e.Detail],
            _ => e.Detail,
        };
}
