namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>What the provider does wrong on purpose, for the client's checks to catch.</summary>
public enum Misbehaviour
{
    None,

    /// <summary>
    /// ID token re-signed with the provider's own key, unchanged: proves re-signing alone breaks nothing.
    /// </summary>
    ResignUnchanged,

    /// <summary>ID token signed with another key (same key id).</summary>
    ForeignSignature,

    /// <summary>ID token issued for another client.</summary>
    WrongAudience,

    /// <summary>The ID token of an earlier sign-in (its nonce belongs to another flow).</summary>
    ReplayEarlierIdToken,

    /// <summary>A guarantee level below eidas1.</summary>
    WeakAcr,

    /// <summary>The person cancels at the provider (access_denied).</summary>
    PersonCancels,

    /// <summary>ID token and UserInfo signed ES256 with the provider's published elliptic key (no forgery).</summary>
    IdTokenSignedEs256,

    /// <summary>UserInfo JWT signed with another key (same key id).</summary>
    UserInfoForeignSignature,

    /// <summary>UserInfo JWT from another issuer.</summary>
    UserInfoWrongIssuer,

    /// <summary>UserInfo JWT issued for another client.</summary>
    UserInfoWrongAudience,

    /// <summary>UserInfo JWT about another person than the ID token.</summary>
    UserInfoOtherSubject,

    /// <summary>UserInfo JWT with alg "none".</summary>
    UserInfoUnsigned,
}
