namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// Outcome of a check: messages by input name, and the answers as they are kept (hidden fields dropped).
/// </summary>
internal sealed record AnswerCheck(IReadOnlyDictionary<string, string> Errors, AnswerSet Clean)
{
    public bool IsValid => Errors.Count == 0;
}
