namespace Bocage.Kernel.Companies;

public enum CompanyRole
{
    Member = 0,
    Owner = 1,
}

/// <summary>An account acting for a company. Its role changes only through <see cref="Company"/>'s rules.</summary>
public sealed class CompanyMember
{
    internal CompanyMember(Guid companyId, string accountId, CompanyRole role, DateTime joinedAt)
    {
        CompanyId = companyId;
        AccountId = accountId;
        Role = role;
        JoinedAt = joinedAt;
    }

    private CompanyMember() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CompanyId { get; private set; }

    public string AccountId { get; private set; } = "";

    public CompanyRole Role { get; internal set; }

    public DateTime JoinedAt { get; private set; }

    public bool IsOwner => Role == CompanyRole.Owner;
}
