using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>
/// Everything the instructing agent's file page shows, read in one place, only when the agent's scope reaches
/// the file; and the page's small writes on it (a message, a document, an attachment). Keeps the page's
/// constructor to what its handlers decide.
/// </summary>
internal sealed class AgentFileLoader(
    ProceduresDb db,
    Inbox inbox,
    PermissionChecker permissions,
    FormLists lists,
    Attachments attachments,
    Assignment assignment
)
{
    public Assignment Assignment => assignment;

    /// <summary>
    /// The file as the agent sees it, or null when it is out of the agent's scope (a file of another commune is "not
    /// found").
    /// </summary>
    public async Task<AgentFile?> LoadAsync(Guid id, string agent)
    {
        var scope = await permissions.ScopeAsync(agent, ProceduresModule.Instruct);
        var file = await inbox.Reachable(scope).SingleOrDefaultAsync(f => f.Id == id);
        if (file is null)
        {
            return null;
        }
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId);
        var sent = await attachments.OfFileAsync(id);
        var history = await db
            .FileEvents.AsNoTracking()
            .Where(e => e.FileId == id)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .ToListAsync();
        var revisions = await db
            .Revisions.AsNoTracking()
            .Where(r => r.FileId == id)
            .OrderBy(r => r.Number)
            .ToListAsync();
        var messages = await db
            .Messages.AsNoTracking()
            .Where(m => m.FileId == id)
            .OrderBy(m => m.At)
            .ThenBy(m => m.Id)
            .ToListAsync();
        var actors = history
            .Select(e => e.Actor)
            .Concat(revisions.Select(r => r.Actor))
            .Concat(messages.Select(m => m.Author))
            .Append(AuditActor.Of(file.ApplicantAccountId ?? ""));
        return new AgentFile(file, version.Workflow, version.Form)
        {
            People = await assignment.NamesAsync(actors),
            ProcedureTitle = await db
                .Procedures.Where(p => p.Id == file.ProcedureId)
                .Select(p => p.Title)
                .SingleAsync(),
            Sent = sent,
            Rows = AnswerDisplay.Rows(version.Form, file.Answers, await lists.AllAsync(), sent),
            Revisions = revisions,
            History = history,
            Messages = messages,
            Candidates = await assignment.CandidatesAsync(file.CommuneInsee),
            Documents = await db
                .Documents.AsNoTracking()
                .Where(d => d.FileId == id)
                .Select(d => new DocumentLink(d.Id, d.Name))
                .ToListAsync(),
        };
    }

    public async Task AddMessageAsync(FileMessage message)
    {
        db.Messages.Add(message);
        await db.SaveChangesAsync();
    }

    public Task<FileDocument?> DocumentAsync(Guid fileId, Guid document) =>
        db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == document && d.FileId == fileId);

    public Task<(FileAttachment Attachment, StoredFileContent Content)?> OpenPieceAsync(Guid fileId, Guid piece) =>
        attachments.OpenAsync(fileId, piece);
}
