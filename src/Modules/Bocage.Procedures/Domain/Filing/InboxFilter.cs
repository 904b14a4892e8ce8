namespace Bocage.Procedures.Domain.Filing;

/// <summary>What an agent filters the inbox by, and where the previous page ended (null: the first page).</summary>
internal sealed record InboxFilter(
    Guid? Procedure,
    string? State,
    DateOnly? From,
    DateOnly? To,
    string? Assignee,
    string? Query,
    InboxCursor? After = null
);
