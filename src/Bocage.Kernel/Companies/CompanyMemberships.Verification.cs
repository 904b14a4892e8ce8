using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Companies;

/// <summary>
/// Proving a company: its members type a letter's code back or send a document; agents post the letter,
/// validate on the document, or refuse a claim that is not the company's.
/// </summary>
public sealed partial class CompanyMemberships
{
    /// <summary>Companies still « en attente », those with a document to check first, then the oldest.</summary>
    public Task<List<Company>> AwaitingProofAsync(CancellationToken cancellationToken = default) =>
        db
            .Companies.AsNoTracking()
            .Include(c => c.Members)
            .Where(c => c.VerifiedAt == null)
            .OrderBy(c => c.ProofSentAt == null)
            .ThenBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);

    /// <summary>The legal names of these companies, in one query (an unknown id is left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> LegalNamesAsync(
        IReadOnlyCollection<Guid> companyIds,
        CancellationToken cancellationToken = default
    ) =>
        await db
            .Companies.AsNoTracking()
            .Where(c => companyIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.LegalName, cancellationToken);

    public Task<Company?> FindAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        db.Companies.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);

    public async Task<CompanyResult> ConfirmLetterCodeAsync(
        string accountId,
        string? code,
        CancellationToken cancellationToken = default
    )
    {
        var company = await OfAccountAsync(accountId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NotMember;
        }
        var result = company.ConfirmLetterCode(accountId, code, Now);
        // Wrong codes are counted too: the count is what stops guessing.
        await db.SaveChangesAsync(cancellationToken);
        if (result.Succeeded)
        {
            await audit.AppendAsync(
                Actor(accountId),
                "companies.company.verify",
                Target(company),
                details: nameof(CompanyProof.Letter),
                cancellationToken: cancellationToken
            );
        }
        return result;
    }

    /// <summary>Records the document a member sent; the one it replaces is deleted.</summary>
    public async Task<CompanyResult<Guid?>> SendProofAsync(
        string accountId,
        Guid fileId,
        CancellationToken cancellationToken = default
    )
    {
        var company = await OfAccountAsync(accountId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NotMember;
        }
        var result = company.SendProof(accountId, fileId, Now);
        if (!result.Succeeded)
        {
            return result;
        }
        await db.SaveChangesAsync(cancellationToken);
        await DeleteProofAsync(result.Value, cancellationToken);
        await audit.AppendAsync(
            Actor(accountId),
            "companies.proof.send",
            Target(company),
            details: $"file:{fileId}",
            cancellationToken: cancellationToken
        );
        return result;
    }

    /// <summary>An agent prepares a letter: the code to print, returned this once.</summary>
    public async Task<CompanyResult<string>> IssueLetterAsync(
        string agentId,
        Guid companyId,
        CancellationToken cancellationToken = default
    )
    {
        var company = await FindAsync(companyId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NoSuchCompany;
        }
        var issued = company.IssueLetterCode(Now);
        if (!issued.Succeeded)
        {
            return issued;
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            Actor(agentId),
            "companies.letter.issue",
            Target(company),
            cancellationToken: cancellationToken
        );
        return issued;
    }

    public async Task<CompanyResult<Company>> ValidateAsync(
        string agentId,
        Guid companyId,
        CancellationToken cancellationToken = default
    )
    {
        var company = await FindAsync(companyId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NoSuchCompany;
        }
        var result = company.ValidateOnDocument(Now);
        if (!result.Succeeded)
        {
            return result.Error;
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            Actor(agentId),
            "companies.company.verify",
            Target(company),
            details: nameof(CompanyProof.Document),
            cancellationToken: cancellationToken
        );
        return CompanyResult<Company>.Ok(company);
    }

    /// <summary>
    /// An agent refuses a claim (the SIRET is someone else's, the document does not match): the company is
    /// removed, its members are inhabitants again, and the SIRET is free for its real owner. Returns the
    /// company as it was, for the mail to its members.
    /// </summary>
    public async Task<CompanyResult<Company>> RejectAsync(
        string agentId,
        Guid companyId,
        CancellationToken cancellationToken = default
    )
    {
        var company = await FindAsync(companyId, cancellationToken);
        if (company is null)
        {
            return CompanyError.NoSuchCompany;
        }
        if (company.IsVerified)
        {
            return CompanyError.AlreadyVerified;
        }
        foreach (var member in company.Members)
        {
            await SetKindAsync(member.AccountId, member: false, cancellationToken);
        }
        db.Companies.Remove(company);
        await db.SaveChangesAsync(cancellationToken);
        await DeleteProofAsync(company.ProofFileId, cancellationToken);
        await audit.AppendAsync(
            Actor(agentId),
            "companies.company.reject",
            Target(company),
            cancellationToken: cancellationToken
        );
        return CompanyResult<Company>.Ok(company);
    }
}
