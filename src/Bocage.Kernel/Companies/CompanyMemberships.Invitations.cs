using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Companies;

/// <summary>Inviting a colleague into a company and accepting the invitation.</summary>
public sealed partial class CompanyMemberships
{
    public Task<List<CompanyInvitation>> PendingInvitationsAsync(
        Guid companyId,
        CancellationToken cancellationToken = default
    )
    {
        var now = Now;
        return db
            .CompanyInvitations.AsNoTracking()
            .Where(i => i.CompanyId == companyId && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.ExpiresAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<CompanyResult<IssuedInvitation>> InviteAsync(
        string actorId,
        string email,
        CancellationToken cancellationToken = default
    )
    {
        var company = await OfAccountAsync(actorId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NotMember;
        }
        var issued = company.Invite(actorId, email, Now);
        if (!issued.Succeeded)
        {
            return issued;
        }
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var invitedAccount = await db
            .Users.Where(u => u.NormalizedEmail == normalized)
            .Select(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (invitedAccount is not null && company.MemberOf(invitedAccount) is not null)
        {
            return CompanyError.AlreadyMember;
        }
        var invitation = issued.Value!.Invitation;
        // A new link replaces those still pending for the same address: only the latest one works.
        await db
            .CompanyInvitations.Where(i =>
                i.CompanyId == company.Id && i.Email == invitation.Email && i.AcceptedAt == null
            )
            .ExecuteDeleteAsync(cancellationToken);
        db.CompanyInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        // The invitation's id, not the address: the audit log outlives the person's right to erasure.
        await audit.AppendAsync(
            Actor(actorId),
            "companies.member.invite",
            Target(company),
            details: $"invitation:{invitation.Id}",
            cancellationToken: cancellationToken
        );
        return issued;
    }

    /// <summary>The invitation behind a link's code, with its company; null when no such invitation exists.</summary>
    public async Task<(CompanyInvitation Invitation, Company Company)?> FindInvitationAsync(
        string? token,
        CancellationToken cancellationToken = default
    )
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = CompanyInvitation.HashOf(token);
        var invitation = await db.CompanyInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var company = invitation is null
            ? null
            : await db
                .Companies.Include(c => c.Members)
                .FirstOrDefaultAsync(c => c.Id == invitation.CompanyId, cancellationToken);
        return company is null ? null : (invitation!, company);
    }

    public async Task<CompanyResult<Company>> AcceptAsync(
        string? token,
        string accountId,
        CancellationToken cancellationToken = default
    )
    {
        var found = await FindInvitationAsync(token, cancellationToken);
        if (found is null)
        {
            return CompanyError.InvitationInvalid;
        }
        var (invitation, company) = found.Value;
        var email = await db
            .Users.Where(u => u.Id == accountId)
            .Select(u => u.Email)
            .FirstOrDefaultAsync(cancellationToken)
            ?? "";
        var refused = invitation.Check(email, Now);
        if (refused != CompanyError.None)
        {
            return refused;
        }
        if (
            company.MemberOf(accountId) is null
            && await db.CompanyMembers.AnyAsync(m => m.AccountId == accountId, cancellationToken)
        )
        {
            return CompanyError.AlreadyInACompany;
        }
        var accepted = company.Accept(invitation, accountId, email, Now);
        if (!accepted.Succeeded)
        {
            return accepted.Error;
        }
        await SetKindAsync(accountId, member: true, cancellationToken);
        if (!await TrySaveAsync(cancellationToken))
        {
            return CompanyError.AlreadyInACompany;
        }
        await audit.AppendAsync(
            Actor(accountId),
            "companies.member.join",
            Target(company),
            details: $"invitation:{invitation.Id}",
            cancellationToken: cancellationToken
        );
        return CompanyResult<Company>.Ok(company);
    }
}
