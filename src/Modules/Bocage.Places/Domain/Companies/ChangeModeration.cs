using Bocage.Kernel.Audit;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Permissions;
using Bocage.Places.Data;
using Bocage.Places.Domain.Editing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Companies;

/// <summary>A change waiting for an agent, with the place it would change and the company that proposed it.</summary>
internal sealed record PendingChange(PlaceChange Change, Place Place, string CompanyName);

/// <summary>
/// The agents' side of companies' proposals, within the communes of their grant (<see cref="PlaceScope"/>): the
/// queue, the approval that applies a change to the place as it now is, the refusal with its reason. Either is
/// audited and mailed to the proposer (<see cref="ChangeMailer"/>).
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
            .OrderBy(x => x.Change.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var names = await companies.LegalNamesAsync(
            [.. rows.Select(r => r.Change.CompanyId).Distinct()],
            cancellationToken
        );
        return
        [
            .. rows.Select(r => new PendingChange(r.Change, r.Place, names.GetValueOrDefault(r.Change.CompanyId, ""))),
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
        );
    }

    /// <summary>The change, tracked, when its place is in the agent's communes; otherwise null.</summary>
    public async Task<PendingChange?> OneAsync(string agentId, Guid id, CancellationToken cancellationToken)
    {
        var change = await db.PlaceChanges.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (change is null)
        {
            return null;
        }
        var place = await db.Places.SingleAsync(p => p.Id == change.PlaceId, cancellationToken);
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
            $"place:{place.Slug}",
            place.Details.CommuneInsee,
            $"{pending.CompanyName} {change.Reason}".Trim(),
            cancellationToken: cancellationToken
        );
        await mails.DecidedAsync(change, place, what, cancellationToken);
    }
}
