using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Catalogue;

/// <summary>
/// A procedure (démarche) offered by the intercommunality or a commune. Its form and workflow live
/// in versions: the designer edits a draft version, publishing freezes it, and files keep the
/// version they were started on.
/// </summary>
internal sealed class Procedure
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Public address part: <c>/demarches/{slug}</c>.</summary>
    public string Slug { get; private set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Theme for browsing (enfance, déchets, urbanisme, numérique…).</summary>
    public string Theme { get; set; } = "";

    /// <summary>Owning commune (INSEE code), or null for the intercommunality.</summary>
    public string? CommuneInsee { get; set; }

    /// <summary>Owning service (the kernel organisation's id), if any.</summary>
    public int? ServiceId { get; set; }

    public Audience Audience { get; set; }

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    /// <summary>Number of the version new files start on; null while never published.</summary>
    public int? PublishedVersion { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<ProcedureVersion> Versions { get; private set; } = [];

    private Procedure() { }

    public static Procedure Create(string slug, string title, DateTime nowUtc) =>
        new()
        {
            Slug = slug,
            Title = title,
            CreatedAt = nowUtc,
        };

    /// <summary>True when people may start a file now.</summary>
    public bool IsOpen(DateTime nowUtc) =>
        PublishedVersion is not null
        && (OpensAt is null || OpensAt <= nowUtc)
        && (ClosesAt is null || nowUtc < ClosesAt);

    /// <summary>The version being edited, created from the last one when none is open.</summary>
    public ProcedureVersion DraftVersion(DateTime nowUtc)
    {
        var draft = Versions.SingleOrDefault(v => v.PublishedAt is null);
        if (draft is not null)
        {
            return draft;
        }
        var last = Versions.MaxBy(v => v.Number);
        draft = last is null
            ? ProcedureVersion.Start(Id, 1, new FormSchema([]), DefaultWorkflow.Create(), nowUtc)
            : ProcedureVersion.Start(Id, last.Number + 1, last.Form, last.Workflow, nowUtc);
        Versions.Add(draft);
        return draft;
    }

    /// <summary>Freezes the draft version; new files start on it, files already started keep theirs.</summary>
    public ProcedureVersion Publish(DateTime nowUtc)
    {
        var draft = DraftVersion(nowUtc);
        draft.Freeze(nowUtc);
        PublishedVersion = draft.Number;
        return draft;
    }
}
