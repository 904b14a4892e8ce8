namespace Bocage.Procedures.Domain.Filing;

/// <summary>What a transition's Assign action does to the file, decided before anything is saved.</summary>
/// <param name="Allowed">False when the agent picked someone who may not instruct the file: the transition is
/// refused.</param>
/// <param name="Changes">Whether the file's assignee is set to <paramref name="Assignee"/>.</param>
/// <param name="PresetGone">The workflow's preset agent may no longer instruct the file: nobody new is
/// assigned.</param>
internal sealed record AssignPlan(bool Allowed, bool Changes, string? Assignee, bool PresetGone);
