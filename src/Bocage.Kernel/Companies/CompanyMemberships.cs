using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Companies;

/// <summary>
/// Companies as people use them: loads a company, applies <see cref="Company"/>'s rules, stores the
/// change with the account's kind, and writes it to the audit log.
/// </summary>
public sealed partial class CompanyMemberships(
    AccountsDb db,
    AuditLog audit,
    FileStore files,
    ILookupNormalizer normalizer,
    TimeProvider clock
)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The company the account belongs to, with its members; null when none.</summary>
    public Task<Company?> OfAccountAsync(string accountId, CancellationToken cancellationToken = default) =>
        db
            .Companies.Include(c => c.Members)
            .FirstOrDefaultAsync(c => c.Members.Any(m => m.AccountId == accountId), cancellationToken);

    public async Task<CompanyResult<Company>> RegisterAsync(
        string accountId,
        Siret siret,
        string legalName,
        CancellationToken cancellationToken = default
    )
    {
        if (await db.CompanyMembers.AnyAsync(m => m.AccountId == accountId, cancellationToken))
        {
            return CompanyError.AlreadyInACompany;
        }
        if (await db.Companies.AnyAsync(c => c.Siret == siret.Value, cancellationToken))
        {
            return CompanyError.SiretTaken;
        }
        var company = Company.Register(siret, legalName, accountId, Now);
        db.Companies.Add(company);
        await SetKindAsync(accountId, member: true, cancellationToken);
        if (!await TrySaveAsync(cancellationToken))
        {
            // Another request registered the same SIRET, or added this account to a company, at the same moment.
            return await db.CompanyMembers.AnyAsync(m => m.AccountId == accountId, cancellationToken)
                ? CompanyError.AlreadyInACompany
                : CompanyError.SiretTaken;
        }
        await audit.AppendAsync(
            Actor(accountId),
            "companies.company.register",
            Target(company),
            cancellationToken: cancellationToken
        );
        return CompanyResult<Company>.Ok(company);
    }

    public Task<CompanyResult> RemoveAsync(
        string actorId,
        string memberAccountId,
        CancellationToken cancellationToken = default
    ) =>
        ChangeAsync(
            actorId,
            c => c.Remove(actorId, memberAccountId),
            "companies.member.remove",
            memberAccountId,
            memberAccountId,
            cancellationToken
        );

    public Task<CompanyResult> TransferAsync(
        string actorId,
        string toAccountId,
        CancellationToken cancellationToken = default
    ) =>
        ChangeAsync(
            actorId,
            c => c.TransferOwnership(actorId, toAccountId),
            "companies.owner.transfer",
            toAccountId,
            null,
            cancellationToken
        );

    public Task<CompanyResult> LeaveAsync(string accountId, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            accountId,
            c => c.Leave(accountId),
            "companies.member.leave",
            accountId,
            accountId,
            cancellationToken
        );

    /// <summary>
    /// The account is being deleted: invitations to its address go, its membership goes, and its
    /// company passes to the longest-standing member, or closes when nobody is left.
    /// </summary>
    internal async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        var email = await db
            .Users.Where(u => u.Id == accountId)
            .Select(u => u.Email)
            .FirstOrDefaultAsync(cancellationToken);
        if (email is not null)
        {
            var lower = email.Trim().ToLowerInvariant();
            await db.CompanyInvitations.Where(i => i.Email == lower).ExecuteDeleteAsync(cancellationToken);
        }
        var company = await OfAccountAsync(accountId, cancellationToken);
        if (company is null)
        {
            return;
        }
        var next = company.HandOver(accountId);
        await SaveAsync(company, cancellationToken);
        await audit.AppendAsync(
            Actor(accountId),
            "companies.member.erase",
            Target(company),
            cancellationToken: cancellationToken
        );
        if (next is not null)
        {
            await audit.AppendAsync(
                Actor(accountId),
                "companies.owner.handover",
                Target(company),
                details: AuditActor.Of(next.AccountId),
                cancellationToken: cancellationToken
            );
        }
        await AuditClosingAsync(accountId, company, cancellationToken);
    }

    private async Task<CompanyResult> ChangeAsync(
        string actorId,
        Func<Company, CompanyResult> rule,
        string action,
        string subjectId,
        string? leavingId,
        CancellationToken cancellationToken
    )
    {
        var company = await OfAccountAsync(actorId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NotMember;
        }
        var result = rule(company);
        if (!result.Succeeded)
        {
            return result;
        }
        if (leavingId is not null)
        {
            await SetKindAsync(leavingId, member: false, cancellationToken);
        }
        await SaveAsync(company, cancellationToken);
        await audit.AppendAsync(
            Actor(actorId),
            action,
            Target(company),
            details: AuditActor.Of(subjectId),
            cancellationToken: cancellationToken
        );
        await AuditClosingAsync(actorId, company, cancellationToken);
        return result;
    }

    /// <summary>Saves the company, or removes it (with its invitations) once its last member has gone.</summary>
    private async Task SaveAsync(Company company, CancellationToken cancellationToken)
    {
        if (company.IsClosed)
        {
            db.Companies.Remove(company);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (company.IsClosed)
        {
            await DeleteProofAsync(company.ProofFileId, cancellationToken);
        }
    }

    /// <summary>A document sent as proof is kept only while it may still be checked.</summary>
    private async Task DeleteProofAsync(Guid? fileId, CancellationToken cancellationToken)
    {
        if (fileId is { } id)
        {
            await files.DeleteAsync(id, cancellationToken);
        }
    }

    private async Task AuditClosingAsync(string actorId, Company company, CancellationToken cancellationToken)
    {
        if (company.IsClosed)
        {
            await audit.AppendAsync(
                Actor(actorId),
                "companies.company.close",
                Target(company),
                cancellationToken: cancellationToken
            );
        }
    }

    /// <summary>
    /// Kept simple: acting for a company makes an inhabitant a business account, and back when they leave.
    /// </summary>
    private async Task SetKindAsync(string accountId, bool member, CancellationToken cancellationToken)
    {
        var account = await db.Users.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        // Staff keep their kind: it is what makes their second factor compulsory.
        if (member && account?.Kind == AccountKind.Inhabitant)
        {
            account.Kind = AccountKind.Business;
        }
        else if (!member && account?.Kind == AccountKind.Business)
        {
            account.Kind = AccountKind.Inhabitant;
        }
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string Actor(string accountId) => AuditActor.Of(accountId);

    private static string Target(Company company) => $"company:{company.Id}";
}
