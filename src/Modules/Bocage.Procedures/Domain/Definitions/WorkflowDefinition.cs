namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// The states a file goes through and what each transition does. Stored as JSON in the version
/// beside the form. States are renamable and extendable; their <see cref="StateKind"/> tells the
/// engine what a state means (draft, open for instruction, waiting for the applicant, final).
/// </summary>
internal sealed record WorkflowDefinition(
    IReadOnlyList<WorkflowState> States,
    IReadOnlyList<WorkflowTransition> Transitions,
    string SubmittedState
);
