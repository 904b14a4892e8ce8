namespace Bocage.Procedures.Domain.Files;

/// <summary>A message between the applicant and the agents, or an agents-only note.</summary>
internal sealed class FileMessage(Guid fileId, string author, bool fromAgent, bool isPrivate, string text, DateTime at)
{
    public long Id { get; private set; }

    public Guid FileId { get; private set; } = fileId;

    public string Author { get; private set; } = author;

    public bool FromAgent { get; private set; } = fromAgent;

    /// <summary>Private notes are never shown to the applicant.</summary>
    public bool IsPrivate { get; private set; } = isPrivate;

    public string Text { get; private set; } = text;

    public DateTime At { get; private set; } = at;
}
