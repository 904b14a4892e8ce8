namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// What a mail about a file says besides the file itself: the procedure's title and the label of the file's state
/// (as the designer wrote them, in French).
/// </summary>
internal sealed record FileMailContext(string ProcedureTitle, string State);

/// <summary>What a transition's actions read besides the file: its version's form, and what mails say.</summary>
internal sealed record TransitionScene(Definitions.FormSchema Form, FileMailContext Mail);
