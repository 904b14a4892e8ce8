namespace Bocage.Payments.Domain;

/// <summary>A refused line of an import job: its number in the file and the text keys of its reasons.</summary>
internal sealed class ImportRefusal(Guid jobId, int line, string reasons)
{
    public Guid JobId { get; private set; } = jobId;

    public int Line { get; private set; } = line;

    /// <summary>Text keys separated by spaces.</summary>
    public string Reasons { get; private set; } = reasons;
}
