namespace Bocage.Procedures.Domain.Files;

/// <summary>A line of a file's history, shown to the applicant (transitions) and agents (all).</summary>
internal sealed class FileEvent
{
    public long Id { get; private set; }

    public Guid FileId { get; private set; }

    public FileEventKind Kind { get; private set; }

    public string Actor { get; private set; } = "";

    public string? FromState { get; private set; }

    public string? ToState { get; private set; }

    public string Detail { get; private set; } = "";

    public DateTime At { get; private set; }

    private FileEvent() { }

    public static FileEvent Transition(Guid fileId, string actor, string from, string to, string detail, DateTime at) =>
        new()
        {
            FileId = fileId,
            Kind = FileEventKind.Transition,
            Actor = actor,
            FromState = from,
            ToState = to,
            Detail = detail,
            At = at,
        };

    public static FileEvent Note(Guid fileId, string actor, FileEventKind kind, string detail, DateTime at) =>
        new()
        {
            FileId = fileId,
            Kind = kind,
            Actor = actor,
            Detail = Trim(detail),
            At = at,
        };

    private static string Trim(string text) => text.Length > 500 ? text[..500] : text;
}
