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

    /// <summary>The company has already proved itself: there is nothing left to prove.</summary>
    AlreadyVerified,

    /// <summary>No letter was sent, or its code was used up: a new letter must be asked for.</summary>
    CodeMissing,
    CodeWrong,
    CodeExpired,

    /// <summary>Too many wrong codes: the letter's code no longer works, an agent must send a new one.</summary>
    CodeExhausted,

    /// <summary>An agent validates on a document the company sent; none was sent.</summary>
    ProofMissing,

    /// <summary>An agent acted on a company that is no longer on the platform.</summary>
    NoSuchCompany,
}
