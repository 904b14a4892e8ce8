using Bocage.Kernel.Data;
using Bocage.Kernel.Search;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Catalogue;

/// <summary>
/// Procedures' part of the search: the open procedures for everyone (title, description, theme, commune), and
/// for a signed-in person their own files (procedure, number, state).
/// </summary>
internal sealed class ProceduresSearchSource(ProceduresDb db, KernelDb kernel, TimeProvider clock) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = await db
            .Procedures.AsNoTracking()
            .Where(p => p.PublishedVersion != null)
            .ToListAsync(cancellationToken);
        var communes = await kernel
            .Communes.AsNoTracking()
            .ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);
        return published
            .Where(p => p.IsOpen(now))
            .Select(p => new SearchDocument(
                SearchKinds.Procedure,
                p.Slug,
                p.Title,
                $"/demarches/{p.Slug}",
                p.Description,
                $"{p.Theme} {(p.CommuneInsee is { } insee ? communes.GetValueOrDefault(insee) : "")}"
            ))
            .ToList();
    }

    public async Task<IReadOnlyList<SearchDocument>> PersonalAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var files = await db
            .Files.AsNoTracking()
            .Where(f => f.ApplicantAccountId == accountId || f.MediatorAccountId == accountId)
            .OrderByDescending(f => f.UpdatedAt)
            .Take(200)
            .Select(f => new
            {
                f.Id,
                f.Number,
                f.ProcedureId,
                f.VersionId,
                f.StateKey,
            })
            .ToListAsync(cancellationToken);
        var procedureIds = files.Select(f => f.ProcedureId).Distinct().ToList();
        var titles = await db
            .Procedures.AsNoTracking()
            .Where(p => procedureIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var versionIds = files.Select(f => f.VersionId).Distinct().ToList();
        var states = (
            await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken)
        ).ToDictionary(v => v.Id, v => v.Workflow.States.ToDictionary(s => s.Key, s => s.Label));
        return files
            .Select(f =>
            {
                var state = states.GetValueOrDefault(f.VersionId)?.GetValueOrDefault(f.StateKey) ?? f.StateKey;
                var title = titles.GetValueOrDefault(f.ProcedureId) ?? "";
                return new SearchDocument(
                    SearchKinds.File,
                    f.Id.ToString(),
                    f.Number is null ? title : $"{title} — {f.Number}",
                    $"/demarches/dossier/{f.Id}",
                    state,
                    f.Number
                );
            })
            .ToList();
    }
}
