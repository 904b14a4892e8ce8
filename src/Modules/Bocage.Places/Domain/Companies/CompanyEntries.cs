using Bocage.Kernel.Audit;
using Bocage.Kernel.Companies;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Companies;

/// <summary>What a company member sees of their entry: the company, its place (by SIRET), the change waiting.</summary>
internal sealed record CompanyEntry(
    Company? Company,
    Place? Place,
    PlaceChange? Pending,
    IReadOnlyList<PlaceChange> History
);

/// <summary>
/// A verified company's own entry in the directory, found by its SIRET, and the changes its members propose: a new
/// proposal replaces the one still waiting, so an agent reads only the latest.
/// </summary>
internal sealed class CompanyEntries(PlacesDb db, CompanyMemberships companies, AuditLog audit, TimeProvider clock)
{
    private const int HistoryLength = 20;

    public async Task<CompanyEntry> OfAccountAsync(string accountId, CancellationToken cancellationToken)
    {
        var company = await companies.OfAccountAsync(accountId, cancellationToken);
        if (company is null)
        {
            return new CompanyEntry(null, null, null, []);
        }
        var place = await db
            .Places.Where(p => p.Details.Siret == company.Siret)
            .OrderBy(p => p.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        // Without an entry, the company's proposals of one are its history.
        var changes = place is null
            ? db.PlaceChanges.Where(c => c.CompanyId == company.Id && c.IsNewEntry)
            : db.PlaceChanges.Where(c => c.PlaceId == place.Id);
        var history = await changes
            .AsNoTracking()
            .OrderByDescending(c => c.CreatedAtUtc)
            .Take(HistoryLength)
            .ToListAsync(cancellationToken);
        return new CompanyEntry(
            company,
            place,
            history.FirstOrDefault(c => c.Status == PlaceChangeStatus.Pending),
            history
        );
    }

    /// <summary>Stores the proposal of a member of the verified company whose SIRET the place carries.</summary>
    public async Task<PlaceChange> ProposeAsync(
        string accountId,
        string language,
        CompanyEntry entry,
        CompanyEdit edit,
        CancellationToken cancellationToken
    )
    {
        var (company, place) = (entry.Company!, entry.Place!);
        if (!company.IsVerified || place.Details.Siret != company.Siret || company.MemberOf(accountId) is null)
        {
            throw new InvalidOperationException("Only a member of the verified company proposes a change.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await ReplaceWaitingAsync(c => c.PlaceId == place.Id, now, cancellationToken);
        var change = PlaceChange.Propose(place.Id, company.Id, accountId, language, edit, now);
        db.PlaceChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(accountId),
            "places.change-propose",
            $"place:{place.Slug}",
            place.Details.CommuneInsee,
            company.LegalName,
            cancellationToken: cancellationToken
        );
        return change;
    }

    /// <summary>
    /// Stores a member's proposal of the verified company's own entry, when the directory has none with its SIRET:
    /// <paramref name="details"/> as the company wrote them, given its SIRET; an agent places it on the map.
    /// </summary>
    public async Task<PlaceChange> ProposeEntryAsync(
        string accountId,
        string language,
        CompanyEntry entry,
        PlaceDetails details,
        CancellationToken cancellationToken
    )
    {
        var company = entry.Company!;
        if (!company.IsVerified || entry.Place is not null || company.MemberOf(accountId) is null)
        {
            throw new InvalidOperationException("Only a member of a verified company without an entry proposes one.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await ReplaceWaitingAsync(c => c.CompanyId == company.Id && c.IsNewEntry, now, cancellationToken);
        var change = PlaceChange.ProposeEntry(
            company.Id,
            accountId,
            language,
            details with
            {
                Siret = company.Siret,
            },
            now
        );
        db.PlaceChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(accountId),
            "places.entry-propose",
            $"company:{company.Siret}",
            details.CommuneInsee,
            $"{company.LegalName} : {details.Name}",
            cancellationToken: cancellationToken
        );
        return change;
    }

    /// <summary>A new proposal replaces the one still waiting: an agent reads only the latest.</summary>
    private async Task ReplaceWaitingAsync(
        System.Linq.Expressions.Expression<Func<PlaceChange, bool>> same,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        foreach (
            var waiting in await db
                .PlaceChanges.Where(same)
                .Where(c => c.Status == PlaceChangeStatus.Pending)
                .ToListAsync(cancellationToken)
        )
        {
            waiting.Replace(now);
        }
    }
}
