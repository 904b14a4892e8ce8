using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// The account itself, its sessions, the identity providers and passkeys linked to it, and the audit entries of what
/// the person did.
/// </summary>
internal sealed class AccountPersonalData(AccountsDb accounts, KernelDb kernel) : IPersonalDataSource
{
    public string Name => "compte";

    public async Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await accounts
            .Users.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var sessions = await accounts
            .Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new
            {
                s.CreatedAt,
                s.LastSeenAt,
                s.EndedAt,
                s.Device,
            })
            .ToListAsync(cancellationToken);
        var identities = await accounts
            .UserLogins.AsNoTracking()
            .Where(l => l.UserId == accountId)
            .Select(l => new { Provider = l.ProviderDisplayName ?? l.LoginProvider, Identifier = l.ProviderKey })
            .ToListAsync(cancellationToken);
        // Name and date only: the public key and credential id say nothing about the person.
        var passkeys = (
            await accounts.UserPasskeys.AsNoTracking().Where(p => p.UserId == accountId).ToListAsync(cancellationToken)
        )
            .OrderBy(p => p.Data.CreatedAt)
            .Select(p => new { p.Data.Name, p.Data.CreatedAt })
            .ToList();
        var actor = AuditActor.Of(accountId);
        var actions = await kernel
            .AuditEntries.AsNoTracking()
            .Where(e => e.Actor == actor || e.OnBehalfOf == actor)
            .OrderBy(e => e.Id)
            .Select(e => new
            {
                e.At,
                e.Actor,
                e.OnBehalfOf,
                e.Action,
                e.Target,
            })
            .ToListAsync(cancellationToken);
        var mandates = await accounts
            .Mandates.AsNoTracking()
            .Where(m => m.PersonId == accountId || m.MediatorId == accountId)
            .OrderBy(m => m.GrantedAt)
            .Select(m => new
            {
                m.PersonId,
                m.MediatorId,
                m.Scopes,
                m.GrantedAt,
                m.ExpiresAt,
                m.RevokedAt,
            })
            .ToListAsync(cancellationToken);
        return new
        {
            account.Id,
            account.Email,
            account.EmailConfirmed,
            account.GivenName,
            account.FamilyName,
            Kind = account.Kind.ToString(),
            account.CreatedAt,
            account.PreferredLanguage,
            account.TwoFactorEnabled,
            Sessions = sessions,
            Identities = identities,
            Passkeys = passkeys,
            Actions = actions,
            Mandates = mandates,
        };
    }

    /// <summary>
    /// Sessions and mandates go with the account; audit entries stay (legal obligation of
    /// traceability) but name only the account id, which no longer leads to a person.
    /// </summary>
    public async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        await accounts.Sessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        await accounts
            .Mandates.Where(m => m.PersonId == accountId || m.MediatorId == accountId)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
