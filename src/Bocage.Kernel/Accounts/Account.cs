using Bocage.Kernel.Time;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Accounts;

public enum AccountKind
{
    Inhabitant = 0,
    Business = 1,
    Agent = 2,
    Partner = 3,
    Elected = 4,
    Administrator = 5,
}

/// <summary>
/// A person's account. Holds only what every service needs to address the person; engines keep their
/// own data and reference the account by id.
/// </summary>
public sealed class Account : IdentityUser
{
    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public AccountKind Kind { get; set; } = AccountKind.Inhabitant;

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The language (<c>fr</c>, <c>en</c> or <c>nl</c>) every mail to the person is written in: taken from the page
    /// they signed up on, then from their language switch or « Mon compte ».
    /// </summary>
    public string PreferredLanguage { get; set; } = SupportedCultures.Default;

    /// <summary>
    /// The last authenticator time step (Unix seconds / 30) accepted for this account: a code of that
    /// step or an earlier one is refused, so a code opens one session only (RFC 6238 §5.2).
    /// </summary>
    public long? LastTotpTimeStep { get; set; }

    public string DisplayName => $"{GivenName} {FamilyName}".Trim();
}
