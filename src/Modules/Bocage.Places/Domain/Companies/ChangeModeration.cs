using Bocage.Kernel.Audit;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Permissions;
using Bocage.Places.Data;
using Bocage.Places.Domain.Editing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Companies;

/// <summary>
/// A change waiting for an agent, with the place it would change and the company that proposed it. For a new entry
/// not yet approved, <see cref="Place"/> is the place it would make, not stored (<see cref="Draft"/>).
/// </summary>
internal sealed record PendingChange(PlaceChange Change, Place Place, string CompanyName)
{
    /// <summary>The slug a draft carries until the approval gives the place its own.</summary>
    public const string DraftSlug = "nouvelle-fiche";

    public bool IsDraft => Change.AwaitsItsPlace;

    public static Place Draft(PlaceChange change) => Place.Create(DraftSlug, change.ProposedEntry, change.CreatedAtUtc);
}

/// <summary>
/// The agents' side of companies' proposals, within the communes of their grant (<see cref="PlaceScope"/>): the
/// queue, the approval that applies a change to the place as it now is (or creates a new entry where the agent
/// places it), the refusal with its reason. Either is audited and mailed to the proposer (<see cref="ChangeMailer"/>).
/// </summary>
internal sealed class ChangeModeration(
    PlacesDb db,
    PlaceScope scope,
    CompanyMemberships companies,
    ChangeMailer mails,
    AuditLog audit,
    TimeProvider clock
)
{
    public async Task<List<PendingChange>> PendingAsync(string agentId, CancellationToken cancellationToken)
    {
        var allowed = await scope.ScopeAsync(agentId, cancellationToken);
        var rows = await db
            .PlaceChanges.AsNoTracking()
            .Where(c => c.Status == PlaceChangeStatus.Pending)
            .Join(
                db.Places.AsNoTracking().WithinScope(allowed, p => p.Details.CommuneInsee),
                c => c.PlaceId,
                p => p.Id,
                (c, p) => new { Change = c, Place = p }
            )
            .ToListAsync(cancellationToken);
        var entries = await NewEntries(allowed).AsNoTracking().ToListAsync(cancellationToken);
        var all = rows.Select(r => (r.Change, r.Place))
            .Concat(entries.Select(c => (Change: c, Place: PendingChange.Draft(c))))
            .OrderBy(x => x.Change.CreatedAtUtc)
            .ToList();
        var names = await companies.LegalNamesAsync(
            [.. all.Select(r => r.Change.CompanyId).Distinct()],
            cancellationToken
        );
        return
        [
            .. all.Select(r => new PendingChange(r.Change, r.Place, names.GetValueOrDefault(r.Change.CompanyId, ""))),
        ];
    }

    /// <summary>How many wait in the agent's communes: one count, for the desk's link.</summary>
    public async Task<int> CountPendingAsync(string agentId, CancellationToken cancellationToken)
    {
        var allowed = await scope.ScopeAsync(agentId, cancellationToken);
        var places = db.Places.WithinScope(allowed, p => p.Details.CommuneInsee).Select(p => p.Id);
        return await db.PlaceChanges.CountAsync(
                c => c.Status == PlaceChangeStatus.Pending && places.Contains(c.PlaceId),
                cancellationToken
            ) + await NewEntries(allowed).CountAsync(cancellationToken);
    }

    /// <summary>Companies' proposals of their own entry waiting in the agent's communes.</summary>
    private IQueryable<PlaceChange> NewEntries(AccessScope allowed) =>
        db
            .PlaceChanges.Where(c => c.Status == PlaceChangeStatus.Pending && c.IsNewEntry)
            .WithinScope(allowed, c => c.CommuneInsee);

    /// <summary>The change, tracked, when its place is in the agent's communes; otherwise null.</summary>
    public async Task<PendingChange?> OneAsync(string agentId, Guid id, CancellationToken cancellationToken)
    {
        var change = await db.PlaceChanges.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (change is null)
        {
            return null;
        }
        // A new entry is a draft until approved, then the place made of it.
        var place = change.AwaitsItsPlace
            ? PendingChange.Draft(change)
            : await db.Places.SingleAsync(p => p.Id == change.PlaceId, cancellationToken);
        var allowed = await scope.ScopeAsync(agentId, cancellationToken);
        if (!allowed.AllowsCommune(place.Details.CommuneInsee))
        {
            return null;
        }
        var company = await companies.FindAsync(change.CompanyId, cancellationToken);
        return new PendingChange(change, place, company?.LegalName ?? "");
    }

    public async Task ApproveAsync(string agentId, PendingChange pending, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        pending.Place.Describe(pending.Change.Proposed.ApplyTo(pending.Place.Details), now);
        pending.Change.Approve(agentId, now);
        await DecidedAsync(agentId, pending, "approved", cancellationToken);
    }

    /// <summary>
    /// Creates the company's proposed entry where the agent places it (<paramref name="latitude"/>,
    /// <paramref name="longitude"/>: companies give an address, not coordinates); the proposal then belongs to it.
    /// </summary>
    public async Task<Place> ApproveEntryAsync(
        string agentId,
        PendingChange pending,
        double latitude,
        double longitude,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var details = pending.Change.ProposedEntry with { Latitude = latitude, Longitude = longitude };
        var place = Place.Create(await PlaceSlugs.FreeAsync(db, details.Name, cancellationToken), details, now);
        db.Places.Add(place);
        pending.Change.ApproveEntry(place.Id, agentId, now);
        await DecidedAsync(agentId, pending with { Place = place }, "approved", cancellationToken);
        return place;
    }

    public async Task RefuseAsync(
        string agentId,
        PendingChange pending,
        string reason,
        CancellationToken cancellationToken
    )
    {
        pending.Change.Refuse(agentId, reason, clock.GetUtcNow().UtcDateTime);
        await DecidedAsync(agentId, pending, "refused", cancellationToken);
    }

    private async Task DecidedAsync(
        string agentId,
        PendingChange pending,
        string what,
        CancellationToken cancellationToken
    )
    {
        var (change, place) = (pending.Change, pending.Place);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            $"places.change-{(what == "approved" ? "approve" : "refuse")}",
            pending.IsDraft ? $"company:{place.Details.Siret}" : $"place:{place.Slug}",
            place.Details.CommuneInsee,
            $"{pending.CompanyName} {change.Reason}".Trim(),
            cancellationToken: cancellationToken
        );
        await mails.DecidedAsync(change, place, what, cancellationToken);
    }
}
