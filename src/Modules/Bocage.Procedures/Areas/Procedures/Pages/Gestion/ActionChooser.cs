using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>
/// The file page's one action form: the steps that move the file on, and apart from them the steps that end it
/// (refusal, closing), so that « Refuser » never looks like « Accepter ».
/// </summary>
internal sealed record ActionChooser(
    IReadOnlyList<WorkflowTransition> Forward,
    IReadOnlyList<WorkflowTransition> Ending,
    WorkflowDefinition Workflow
)
{
    public static ActionChooser Of(WorkflowDefinition workflow, IReadOnlyList<WorkflowTransition> available)
    {
        var ending = available.Where(t => Ends(workflow, t)).ToList();
        return new(available.Except(ending).ToList(), ending, workflow);
    }

    public bool IsEmpty => Forward.Count == 0 && Ending.Count == 0;

    public IEnumerable<WorkflowTransition> All => Forward.Concat(Ending);

    /// <summary>Some step asks the applicant for more: the agent picks the answers to reopen.</summary>
    public bool RequestsDocuments => All.Any(t => Does(t, WorkflowActionType.RequestDocuments));

    /// <summary>The first step that assigns the file: its planned assignee is the select's default.</summary>
    public WorkflowAction? Assigning =>
        All.SelectMany(t => t.Actions).FirstOrDefault(a => a.Type == WorkflowActionType.Assign);

    /// <summary>
    /// A refusal must give its reasons to the applicant (Code des relations entre le public et l'administration,
    /// L211-2): the step's message is then required.
    /// </summary>
    public bool MustExplain(string? key) =>
        All.FirstOrDefault(t => t.Key == key) is { } t && Target(Workflow, t)?.Kind == StateKind.Refused;

    private static bool Ends(WorkflowDefinition workflow, WorkflowTransition t) =>
        Target(workflow, t)?.Kind is StateKind.Refused or StateKind.Closed;

    private static WorkflowState? Target(WorkflowDefinition workflow, WorkflowTransition t) =>
        workflow.States.FirstOrDefault(s => s.Key == t.To);

    private static bool Does(WorkflowTransition t, WorkflowActionType type) => t.Actions.Any(a => a.Type == type);
}

/// <summary>The action form as the agent sent it: the step, the answers to reopen, the message.</summary>
internal sealed record ActionTyped(string? Transition, IReadOnlyList<string> Reopen, string? Message);
