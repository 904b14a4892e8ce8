namespace Bocage.Procedures.Domain.Definitions;

/// <summary>A button an instructing agent presses: from one state to another, doing its actions in order.</summary>
internal sealed record WorkflowTransition(string Key, string Label, IReadOnlyList<string> From, string To)
{
    public IReadOnlyList<WorkflowAction> Actions { get; init; } = [];
}
