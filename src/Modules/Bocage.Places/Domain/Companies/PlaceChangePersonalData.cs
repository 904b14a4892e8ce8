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
            .OrderBy(c => c.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        if (changes.Count == 0)
        {
            return null;
        }
        // A new entry still waiting has no place yet: its name is the proposal's.
        var ids = changes.Select(c => c.PlaceId).Distinct().ToList();
        var names = await db
            .Places.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Details.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return changes.Select(c => new
        {
            Lieu = names.GetValueOrDefault(c.PlaceId) ?? (c.IsNewEntry ? c.ProposedEntry.Name : ""),
            ProposeLeUtc = c.CreatedAtUtc,
            Etat = c.Status.ToString(),
            Motif = c.Reason,
            Proposition = c.IsNewEntry ? (object)c.ProposedEntry : c.Proposed,
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
