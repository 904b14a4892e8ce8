using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Mandates;

/// <summary>Gives, lists and revokes mandates, and checks them before a mediator acts.</summary>
public sealed class MandateRegistry(AccountsDb db, PermissionChecker permissions, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Accounts that may receive a mandate: those holding the mediation permission.</summary>
    public async Task<List<Account>> MediatorsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db
            .Grants.Where(g => g.Permission == MandateScopes.MediatorPermission)
            .Select(g => g.AccountId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .OrderBy(u => u.FamilyName)
            .ToListAsync(cancellationToken);
    }

    public async Task<MandateResult> GrantAsync(
        string personId,
        string mediatorId,
        IReadOnlyCollection<string> scopes,
        TimeSpan duration,
        CancellationToken cancellationToken = default
    )
    {
        if (
            !await permissions.MayAsync(
                mediatorId,
                MandateScopes.MediatorPermission,
                cancellationToken: cancellationToken
            )
        )
        {
            return MandateResult.Fail(MandateError.UnknownMediator);
        }
        var result = Mandate.Grant(personId, mediatorId, scopes, duration, Now);
        if (result.Mandate is { } mandate)
        {
            db.Mandates.Add(mandate);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(
                AuditActor.Of(personId),
                "mandates.grant",
                $"mandate:{mandate.Id}",
                details: $"{AuditActor.Of(mediatorId)} {mandate.Scopes} {mandate.ExpiresAt:O}",
                cancellationToken: cancellationToken
            );
        }
        return result;
    }

    public Task<List<Mandate>> GivenByAsync(string personId, CancellationToken cancellationToken = default) =>
        db
            .Mandates.AsNoTracking()
            .Where(m => m.PersonId == personId)
            .OrderByDescending(m => m.GrantedAt)
            .ToListAsync(cancellationToken);

    public async Task<List<Mandate>> ActiveForMediatorAsync(
        string mediatorId,
        CancellationToken cancellationToken = default
    )
    {
        var now = Now;
        return await db
            .Mandates.AsNoTracking()
            .Where(m => m.MediatorId == mediatorId && m.RevokedAt == null && m.ExpiresAt > now)
            .OrderBy(m => m.ExpiresAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The mandates this mediator may use in this scope now, with the name of the person each one is for.
    /// </summary>
    public async Task<List<(Guid Mandate, string Person)>> UsableWithNamesAsync(
        string mediatorId,
        string scope,
        CancellationToken cancellationToken = default
    )
    {
        var usable = (await ActiveForMediatorAsync(mediatorId, cancellationToken))
            .Where(m => m.ScopeList.Contains(scope))
            .ToList();
        var ids = usable.Select(m => m.PersonId).ToList();
        var names = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.GivenName + " " + u.FamilyName, cancellationToken);
        return usable.Select(m => (m.Id, names.GetValueOrDefault(m.PersonId) ?? m.PersonId)).ToList();
    }

    /// <summary>The mandate, if it lets this mediator act in this scope right now; null otherwise.</summary>
    public async Task<Mandate?> FindUsableAsync(
        Guid id,
        string mediatorId,
        string scope,
        CancellationToken cancellationToken = default
    )
    {
        var mandate = await db.Mandates.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return mandate is not null && mandate.Allows(mediatorId, scope, Now) ? mandate : null;
    }

    public async Task<bool> RevokeAsync(string personId, Guid id, CancellationToken cancellationToken = default)
    {
        var mandate = await db.Mandates.FirstOrDefaultAsync(
            m => m.Id == id && m.PersonId == personId,
            cancellationToken
        );
        if (mandate is null || !mandate.IsActive(Now))
        {
            return false;
        }
        mandate.Revoke(Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(personId),
            "mandates.revoke",
            $"mandate:{mandate.Id}",
            cancellationToken: cancellationToken
        );
        return true;
    }
}
