using Bocage.Kernel.Audit;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>What a producer may change of a dataset after creating it (not its organisation nor its address).</summary>
internal sealed record DatasetChanges(string Title, string Description, string Theme, string Frequency, string Licence);

/// <summary>
/// A producer's changes to a dataset: its description, its withdrawal from the catalogue (and return), the
/// deletion of one resource, the deletion of the whole dataset. A deletion removes the rows and the resource (or
/// dataset) in one transaction, so the
/// public never sees a resource without its rows; every change is in the audit log.
/// </summary>
internal sealed class DatasetEditor(OpenDataDb db, AuditLog audit, TimeProvider clock)
{
    public async Task UpdateAsync(
        Guid datasetId,
        DatasetChanges changes,
        string actor,
        CancellationToken cancellationToken
    )
    {
        var dataset = await db.Datasets.SingleAsync(d => d.Id == datasetId, cancellationToken);
        dataset.Title = changes.Title.Trim();
        dataset.Description = changes.Description.Trim();
        dataset.Theme = changes.Theme;
        dataset.Frequency = changes.Frequency;
        dataset.Licence = changes.Licence;
        dataset.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            actor,
            "data.dataset.updated",
            $"dataset:{dataset.Slug}",
            dataset.CommuneInsee,
            dataset.Title,
            cancellationToken: cancellationToken
        );
    }

    /// <summary>
    /// Takes the dataset out of the catalogue (or puts it back) without touching its rows or files; the
    /// update date stays, as the data did not change.
    /// </summary>
    public async Task SetWithdrawnAsync(
        Guid datasetId,
        bool withdrawn,
        string actor,
        CancellationToken cancellationToken
    )
    {
        var dataset = await db.Datasets.SingleAsync(d => d.Id == datasetId, cancellationToken);
        if (dataset.IsWithdrawn == withdrawn)
        {
            return;
        }
        dataset.WithdrawnAt = withdrawn ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            actor,
            withdrawn ? "data.dataset.withdrawn" : "data.dataset.restored",
            $"dataset:{dataset.Slug}",
            dataset.CommuneInsee,
            dataset.Title,
            cancellationToken: cancellationToken
        );
    }

    /// <returns>False when the dataset has no resource of that slug.</returns>
    public async Task<bool> DeleteResourceAsync(
        Guid datasetId,
        string resourceSlug,
        string actor,
        CancellationToken cancellationToken
    )
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dataset = await db.Datasets.SingleAsync(d => d.Id == datasetId, cancellationToken);
        var resource = await db.Resources.FirstOrDefaultAsync(
            r => r.DatasetId == datasetId && r.Slug == resourceSlug,
            cancellationToken
        );
        if (resource is null)
        {
            return false;
        }
        await db.Rows.Where(r => r.BatchId == resource.BatchId).ExecuteDeleteAsync(cancellationToken);
        db.Resources.Remove(resource);
        dataset.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.AppendAsync(
            actor,
            "data.resource.deleted",
            $"dataset:{dataset.Slug}/{resourceSlug}",
            dataset.CommuneInsee,
            resource.Title,
            cancellationToken: cancellationToken
        );
        return true;
    }

    /// <summary>
    /// Unpublishes the dataset for good: its page, API and rows go; the stored files stay in the kernel's file store.
    /// </summary>
    public async Task DeleteAsync(Guid datasetId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dataset = await db
            .Datasets.Include(d => d.Resources)
            .SingleAsync(d => d.Id == datasetId, cancellationToken);
        var batches = dataset.Resources.Select(r => r.BatchId).ToList();
        await db.Rows.Where(r => batches.Contains(r.BatchId)).ExecuteDeleteAsync(cancellationToken);
        db.Datasets.Remove(dataset);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.AppendAsync(
            actor,
            "data.dataset.deleted",
            $"dataset:{dataset.Slug}",
            dataset.CommuneInsee,
            dataset.Title,
            cancellationToken: cancellationToken
        );
    }
}
