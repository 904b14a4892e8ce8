namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// What an agent filters the inbox by, and where the previous page ended (null: the first page). <paramref
/// name="ToHandle"/> keeps the files waiting for an agent (filed or being processed), the inbox's first view.
/// </summary>
internal sealed record InboxFilter(
    Guid? Procedure,
    string? State,
    DateOnly? From,
    DateOnly? To,
    string? Assignee,
    string? Query,
    InboxCursor? After = null,
    bool ToHandle = false
);
