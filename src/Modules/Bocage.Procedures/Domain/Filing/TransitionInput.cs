namespace Bocage.Procedures.Domain.Filing;

/// <summary>What the agent chose on the file page for this transition.</summary>
internal sealed record TransitionInput(
    string Key,
    Guid Stamp,
    IReadOnlyList<string> ReopenFields,
    string? Assignee,
    string? Message
)
{
    /// <summary>The file's address in the back office, for the mail to a new assignee.</summary>
    public string FileLink { get; init; } = "";
}
