using Bocage.Kernel.Accounts;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// A person's files in the export; on erasure, drafts are deleted and submitted files are kept for the
/// legal retention of administrative records, with the applicant's identity removed.
/// </summary>
internal sealed class FilesPersonalData(ProceduresDb db, TimeProvider clock, Bocage.Kernel.Files.FileStore store)
    : IPersonalDataSource
{
    public string Name => "demarches";

    public async Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken)
    {
        var files = await db
            .Files.AsNoTracking()
            .Where(f => f.ApplicantAccountId == accountId || f.MediatorAccountId == accountId)
            .OrderBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = files.Select(f => f.Id).ToList();
        var messages = await db
            .Messages.AsNoTracking()
            .Where(m => ids.Contains(m.FileId) && !m.IsPrivate)
            .ToListAsync(cancellationToken);
        return files
            .Select(f => new
            {
                numero = f.Number,
                etat = f.StateKey,
                creeLe = f.CreatedAt,
                deposeLe = f.SubmittedAt,
                email = f.ApplicantEmail,
                reponses = f.Answers.Values,
                messages = messages
                    .Where(m => m.FileId == f.Id)
                    .Select(m => new
                    {
                        m.At,
                        m.Text,
                        deLAgent = m.FromAgent,
                    }),
            })
            .ToList();
    }

    public async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var files = await db
            .Files.Where(f => f.ApplicantAccountId == accountId || f.MediatorAccountId == accountId)
            .ToListAsync(cancellationToken);
        var drafts = files.Where(f => f.IsDraft).Select(f => f.Id).ToList();
        var draftAttachments = await db
            .Attachments.Where(a => drafts.Contains(a.FileId))
            .Select(a => a.StoredFileId)
            .ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            if (file.IsDraft)
            {
                db.Files.Remove(file);
            }
            else
            {
                file.Anonymise(now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        // The rows went with their drafts (cascade); the contents are the kernel's to delete.
        foreach (var id in draftAttachments)
        {
            await store.DeleteAsync(id, cancellationToken);
        }
    }
}
