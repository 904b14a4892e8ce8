namespace Bocage.Web.Accounts;

/// <summary>
/// What the sign-in form may say; all but <see cref="Failed"/> are said only to whoever gave the right password.
/// </summary>
public enum PasswordSignInOutcome
{
    Succeeded,

    /// <summary>Unknown address or wrong password, whatever state the account is in.</summary>
    Failed,
    LockedOut,
    Suspended,
    Unconfirmed,
}
