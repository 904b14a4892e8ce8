using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Companies;

/// <summary>The companies a person acts for, and the invitations sent to their address.</summary>
internal sealed class CompanyPersonalData(AccountsDb db, CompanyMemberships companies) : IPersonalDataSource
{
    public string Name => "entreprises";

    public async Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken)
    {
        var memberships = (
            await db
                .CompanyMembers.AsNoTracking()
                .Where(m => m.AccountId == accountId)
                .Join(
                    db.Companies,
                    m => m.CompanyId,
                    c => c.Id,
                    (m, c) =>
                        new
                        {
                            c.Siret,
                            c.LegalName,
                            m.Role,
                            m.JoinedAt,
                        }
                )
                .ToListAsync(cancellationToken)
        )
            .Select(m => new
            {
                m.Siret,
                m.LegalName,
                Role = m.Role.ToString(),
                m.JoinedAt,
            })
            .ToList();
        var email = await db
            .Users.Where(u => u.Id == accountId)
            .Select(u => u.Email)
            .FirstOrDefaultAsync(cancellationToken);
        var lower = email?.Trim().ToLowerInvariant();
        var invitations = lower is null
            ? []
            : await db
                .CompanyInvitations.AsNoTracking()
                .Where(i => i.Email == lower)
                .Join(
                    db.Companies,
                    i => i.CompanyId,
                    c => c.Id,
                    (i, c) =>
                        new
                        {
                            Company = c.LegalName,
                            i.Email,
                            i.ExpiresAt,
                            i.AcceptedAt,
                        }
                )
                .ToListAsync(cancellationToken);
        return memberships.Count == 0 && invitations.Count == 0
            ? null
            : new { Memberships = memberships, Invitations = invitations };
    }

    public Task EraseAsync(string accountId, CancellationToken cancellationToken) =>
        companies.EraseAsync(accountId, cancellationToken);
}
