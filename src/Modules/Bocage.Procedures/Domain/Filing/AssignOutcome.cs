namespace Bocage.Procedures.Domain.Filing;

internal enum AssignOutcome
{
    Done = 0,

    /// <summary>Someone changed the file since the agent loaded it: nothing was done.</summary>
    Conflict = 1,

    /// <summary>The chosen person may not instruct this file's commune: nothing was done.</summary>
    OutOfScope = 2,
}
