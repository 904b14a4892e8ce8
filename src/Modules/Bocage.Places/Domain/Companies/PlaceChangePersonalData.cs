using Bocage.Kernel.Accounts;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Companies;

/// <summary>
/// The changes a person proposed for their company's entry (RGPD export); on erasure they stay in the entry's
/// history, which is the company's, without their author.
/// </summary>
internal sealed class PlaceChangePersonalData(PlacesDb db) : IPersonalDataSource
{
    public string Name => "fiches-entreprises";

    public async Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken)
    {
        var changes = await db
            .PlaceChanges.AsNoTracking()
            .Where(c => c.AccountId == accountId)
            .Join(db.Places, c => c.PlaceId, p => p.Id, (c, p) => new { Change = c, Place = p.Details.Name })
            .OrderBy(x => x.Change.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        return changes.Count == 0
            ? null
            : changes.Select(x => new
            {
                Lieu = x.Place,
                ProposeLeUtc = x.Change.CreatedAtUtc,
                Etat = x.Change.Status.ToString(),
                Motif = x.Change.Reason,
                Proposition = x.Change.Proposed,
            });
    }

    public async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        foreach (
            var change in await db.PlaceChanges.Where(c => c.AccountId == accountId).ToListAsync(cancellationToken)
        )
        {
            change.Forget();
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
