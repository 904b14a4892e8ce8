namespace Bocage.Procedures.Domain.Filing;

internal enum TransitionOutcome
{
    Done = 0,

    /// <summary>Someone changed the file since the agent loaded it: nothing was done.</summary>
    Conflict = 1,
    NotAllowed = 2,

    /// <summary>The transition assigns the file to someone who may not instruct it: nothing was done.</summary>
    AssigneeOutOfScope = 3,

    /// <summary>
    /// Done, but the workflow's preset agent may no longer instruct the file, so nobody new was assigned.
    /// </summary>
    DonePresetGone = 4,
}
