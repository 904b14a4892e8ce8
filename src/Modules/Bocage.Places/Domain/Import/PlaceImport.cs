using Bocage.Kernel.Audit;
using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// Agents import places from a CSV file in two steps, as the national directories' imports do. The check reads
/// every line and says what would be created, updated and refused, writing nothing; the file waits in the file
/// store. The confirmation reads it again (the directory may have changed), writes every valid line in one
/// transaction, keeps one audit entry with the counts, and removes the file.
/// </summary>
internal sealed class PlaceImport(
    PlaceImportFiles files,
    PlaceImportPlanner planner,
    PlacesDb db,
    AuditLog audit,
    TimeProvider clock
)
{
    public async Task<PlaceImportCheck> CheckAsync(
        string agentId,
        Stream content,
        string fileName,
        CancellationToken cancellationToken
    )
    {
        var (file, refusal) = await files.AcceptAsync(agentId, content, fileName, cancellationToken);
        if (file is null)
        {
            return new PlaceImportCheck(refusal, null, null, fileName);
        }
        var (plan, _) = await PlanAsync(agentId, file.Id, forWriting: false, cancellationToken);
        if (plan is null || plan.Places.Count == 0)
        {
            // Nothing to confirm: the file need not wait.
            await files.DiscardAsync(agentId, file.Id, cancellationToken);
            return new PlaceImportCheck(null, plan, null, file.OriginalName);
        }
        return new PlaceImportCheck(null, plan, file.Id, file.OriginalName);
    }

    /// <summary>Writes the file's valid lines; null when the file is not the agent's waiting one.</summary>
    public async Task<PlaceImportResult?> ConfirmAsync(string agentId, Guid fileId, CancellationToken cancellationToken)
    {
        var (plan, fileName) = await PlanAsync(agentId, fileId, forWriting: true, cancellationToken);
        if (plan is null)
        {
            return null;
        }
        if (plan.FileProblem is not null || plan.Places.Count == 0)
        {
            return new PlaceImportResult([], plan.RefusedLines, fileName, "Import_NothingToWrite");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = (await db.Places.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var written = new List<ImportedPlace>();
        foreach (var planned in plan.Places)
        {
            var place = planned.Existing;
            if (place is null)
            {
                var slug = Slugs.FirstFree(planned.Details.Name, taken, Place.SlugMaxLength, "lieu");
                taken.Add(slug);
                place = Place.Create(slug, planned.Details, now);
                db.Places.Add(place);
            }
            else
            {
                place.Describe(planned.Details, now);
            }
            written.Add(new ImportedPlace(place.Slug, place.Details.Name, planned.Existing is null));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another agent saved a place of the same slug meanwhile: nothing was written, the file still waits.
            return new PlaceImportResult([], plan.RefusedLines, fileName, "Import_Conflict");
        }
        var communes = plan.Places.Select(p => p.Details.CommuneInsee).Distinct().ToList();
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            "places.place-import",
            $"import:{fileId:N}",
            communes.Count == 1 ? communes[0] : null,
            $"{fileName} : {plan.Created} créé(s), {plan.Updated} mis à jour, {plan.RefusedLines} ligne(s) refusée(s)",
            cancellationToken: cancellationToken
        );
        await files.DiscardAsync(agentId, fileId, cancellationToken);
        return new PlaceImportResult(written, plan.RefusedLines, fileName);
    }

    public Task DiscardAsync(string agentId, Guid fileId, CancellationToken cancellationToken) =>
        files.DiscardAsync(agentId, fileId, cancellationToken);

    /// <summary>The plan of the agent's waiting file and its name; no plan when it is not theirs or is gone.</summary>
    private async Task<(PlaceImportPlan? Plan, string FileName)> PlanAsync(
        string agentId,
        Guid fileId,
        bool forWriting,
        CancellationToken cancellationToken
    )
    {
        await using var stored = await files.OpenAsync(agentId, fileId, cancellationToken);
        if (stored is null)
        {
            return (null, "");
        }
        var plan = await planner.PlanAsync(agentId, stored.Content, forWriting, cancellationToken);
        return (plan, stored.File.OriginalName);
    }
}
