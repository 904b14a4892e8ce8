namespace Bocage.Kernel.Companies;

/// <summary>Why a company operation was refused; each has its text for the person who asked.</summary>
public enum CompanyError
{
    None = 0,
    SiretTaken,
    AlreadyInACompany,

    /// <summary>The person acting belongs to no company.</summary>
    NotMember,
    NotOwner,

    /// <summary>The person acted upon is not a member of the company.</summary>
    NoSuchMember,
    OnlyOwner,
    CannotTargetSelf,
    AlreadyMember,
    InvitationInvalid,
    InvitationExpired,
    InvitationUsed,
    InvitationForAnotherAddress,
}
