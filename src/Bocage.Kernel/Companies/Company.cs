namespace Bocage.Kernel.Companies;

/// <summary>
/// A company (one establishment, by its SIRET) and the accounts acting for it. The rules of who may
/// do what live here; storing, auditing and mailing are done around them. A company is only claimed
/// until it proves it is who it says (<see cref="IsVerified"/>, in <c>Company.Verification.cs</c>).
/// </summary>
public sealed partial class Company
{
    private readonly List<CompanyMember> _members = [];

    private Company(string siret, string legalName, DateTime createdAt)
    {
        Siret = siret;
        LegalName = legalName;
        CreatedAt = createdAt;
    }

    private Company() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The 14 digits, without spaces; unique on the platform.</summary>
    public string Siret { get; private set; } = "";

    /// <summary>The name as the person typed it (no register is queried).</summary>
    public string LegalName { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<CompanyMember> Members => _members;

    /// <summary>True once the last member has gone: the company is then removed from the platform.</summary>
    public bool IsClosed => _members.Count == 0;

    /// <summary>The account registering the company becomes its owner.</summary>
    public static Company Register(Siret siret, string legalName, string ownerAccountId, DateTime nowUtc)
    {
        // Line breaks and runs of spaces have no place in a name that goes into e-mail subjects.
        var name = string.Join(' ', legalName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var company = new Company(siret.Value, name, nowUtc);
        company._members.Add(new CompanyMember(company.Id, ownerAccountId, CompanyRole.Owner, nowUtc));
        return company;
    }

    public CompanyMember? MemberOf(string accountId) => _members.FirstOrDefault(m => m.AccountId == accountId);

    public bool IsOwner(string accountId) => MemberOf(accountId)?.IsOwner == true;

    public CompanyResult<IssuedInvitation> Invite(string actorId, string email, DateTime nowUtc)
    {
        var refused = OwnerCheck(actorId);
        if (refused != CompanyError.None)
        {
            return refused;
        }
        var (invitation, token) = CompanyInvitation.Issue(Id, email, nowUtc);
        return CompanyResult<IssuedInvitation>.Ok(new IssuedInvitation(invitation, token));
    }

    /// <summary>
    /// The invited person joins as a member, once, before the link expires, with the invited address.
    /// </summary>
    public CompanyResult Accept(CompanyInvitation invitation, string accountId, string accountEmail, DateTime nowUtc)
    {
        if (invitation.CompanyId != Id)
        {
            return CompanyError.InvitationInvalid;
        }
        var refused = invitation.Check(accountEmail, nowUtc);
        if (refused != CompanyError.None)
        {
            return refused;
        }
        if (MemberOf(accountId) is not null)
        {
            return CompanyError.AlreadyMember;
        }
        invitation.MarkAccepted(nowUtc);
        _members.Add(new CompanyMember(Id, accountId, CompanyRole.Member, nowUtc));
        return CompanyResult.Ok;
    }

    /// <summary>An owner removes someone else; removing oneself is leaving.</summary>
    public CompanyResult Remove(string actorId, string memberAccountId)
    {
        var refused = OwnerCheck(actorId);
        if (refused != CompanyError.None)
        {
            return refused;
        }
        if (memberAccountId == actorId)
        {
            return CompanyError.CannotTargetSelf;
        }
        var member = MemberOf(memberAccountId);
        if (member is null)
        {
            return CompanyError.NoSuchMember;
        }
        _members.Remove(member);
        return CompanyResult.Ok;
    }

    /// <summary>The owner hands the company to a member and stays on as a member.</summary>
    public CompanyResult TransferOwnership(string actorId, string toAccountId)
    {
        var refused = OwnerCheck(actorId);
        if (refused != CompanyError.None)
        {
            return refused;
        }
        if (toAccountId == actorId)
        {
            return CompanyError.CannotTargetSelf;
        }
        var next = MemberOf(toAccountId);
        if (next is null)
        {
            return CompanyError.NoSuchMember;
        }
        next.Role = CompanyRole.Owner;
        MemberOf(actorId)!.Role = CompanyRole.Member;
        return CompanyResult.Ok;
    }

    /// <summary>
    /// A member leaves. The only owner may not leave others without an owner; when they are the only
    /// member left, leaving closes the company.
    /// </summary>
    public CompanyResult Leave(string accountId)
    {
        var member = MemberOf(accountId);
        if (member is null)
        {
            return CompanyError.NotMember;
        }
        if (member.IsOwner && _members.Count > 1 && _members.Count(m => m.IsOwner) == 1)
        {
            return CompanyError.OnlyOwner;
        }
        _members.Remove(member);
        return CompanyResult.Ok;
    }

    /// <summary>
    /// The person's account is erased: they go whatever their role, and when no owner is left the
    /// longest-standing member becomes owner. Returns that new owner, if any.
    /// </summary>
    public CompanyMember? HandOver(string accountId)
    {
        var member = MemberOf(accountId);
        if (member is null)
        {
            return null;
        }
        _members.Remove(member);
        if (_members.Count == 0 || _members.Any(m => m.IsOwner))
        {
            return null;
        }
        var next = _members.OrderBy(m => m.JoinedAt).ThenBy(m => m.Id).First();
        next.Role = CompanyRole.Owner;
        return next;
    }

    private CompanyError OwnerCheck(string actorId) =>
        MemberOf(actorId) switch
        {
            null => CompanyError.NotMember,
            { IsOwner: false } => CompanyError.NotOwner,
            _ => CompanyError.None,
        };
}
