namespace Bocage.Procedures.Domain.Definitions;

/// <summary>A state: stable key, label shown to people, and what it means.</summary>
internal sealed record WorkflowState(string Key, string Label, StateKind Kind);
