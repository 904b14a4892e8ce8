namespace Bocage.Procedures.Domain.Filing;

/// <summary>A line of the inbox: only the columns the page shows, never the answers.</summary>
internal sealed record InboxRow(
    Guid Id,
    string? Number,
    Guid ProcedureId,
    string StateKey,
    DateTime? SubmittedAt,
    string? Assignee,
    string? ApplicantAccountId,
    string ApplicantEmail
);
