using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>Pure edits of a workflow; each returns a new definition.</summary>
internal static class WorkflowEditor
{
    public static WorkflowDefinition RenameState(WorkflowDefinition workflow, string key, string label) =>
        workflow with
        {
            States = workflow.States.Select(s => s.Key == key ? s with { Label = label } : s).ToList(),
        };

    public static WorkflowDefinition AddState(WorkflowDefinition workflow, WorkflowState state) =>
        workflow with
        {
            States = [.. workflow.States, state],
        };

    /// <summary>
    /// Removes a state no transition uses and that is not the draft or submitted state; otherwise unchanged.
    /// </summary>
    public static WorkflowDefinition RemoveState(WorkflowDefinition workflow, string key) =>
        IsUsed(workflow, key) ? workflow : workflow with { States = workflow.States.Where(s => s.Key != key).ToList() };

    public static bool IsUsed(WorkflowDefinition workflow, string key) =>
        key == workflow.SubmittedState
        || workflow.States.Any(s => s.Key == key && s.Kind == StateKind.Draft)
        || workflow.Transitions.Any(t => t.To == key || t.From.Contains(key));

    /// <summary>Adds or replaces (by <paramref name="currentKey"/>) a transition.</summary>
    public static WorkflowDefinition PutTransition(
        WorkflowDefinition workflow,
        string? currentKey,
        WorkflowTransition transition
    ) =>
        workflow with
        {
            Transitions = workflow.Transitions.Any(t => t.Key == currentKey)
                ? workflow.Transitions.Select(t => t.Key == currentKey ? transition : t).ToList()
                : [.. workflow.Transitions, transition],
        };

    public static WorkflowDefinition RemoveTransition(WorkflowDefinition workflow, string key) =>
        workflow with
        {
            Transitions = workflow.Transitions.Where(t => t.Key != key).ToList(),
        };

    public static string NewKey(IEnumerable<string> taken, string label)
    {
        var set = taken.ToHashSet(StringComparer.Ordinal);
        var stem = Bocage.Kernel.Territory.Slugs.From(label);
        stem = stem.Length == 0 ? "etape" : stem[..Math.Min(stem.Length, 40)].Trim('-');
        var key = stem;
        for (var n = 2; set.Contains(key); n++)
        {
            key = $"{stem}-{n}";
        }
        return key;
    }
}
