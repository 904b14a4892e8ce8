namespace Bocage.Procedures.Domain.Files;

/// <summary>An immutable copy of the answers at a submission or after an applicant's completion.</summary>
internal sealed class FileRevision(Guid fileId, int number, string answersJson, string actor, DateTime at)
{
    public long Id { get; private set; }

    public Guid FileId { get; private set; } = fileId;

    public int Number { get; private set; } = number;

    public string AnswersJson { get; private set; } = answersJson;

    /// <summary><c>account:{id}</c>, or <c>suivi</c> for an applicant without an account.</summary>
    public string Actor { get; private set; } = actor;

    public DateTime At { get; private set; } = at;
}
