using System.Security.Claims;

namespace Bocage.Kernel.Accounts;

/// <summary>The signed-in account, read from the session cookie the one way every page and service uses.</summary>
public static class AccountClaims
{
    /// <summary>
    /// The signed-in account's id, as Identity stores it (the name-identifier claim); null for a visitor, so that an
    /// unauthenticated principal carrying a stray claim is never taken for an account.
    /// </summary>
    public static string? AccountId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>
    /// The signed-in account's id where a page or handler is only reachable signed in: a missing id there is a
    /// programming error, better thrown than stored as an empty actor.
    /// </summary>
    public static string RequiredAccountId(this ClaimsPrincipal user) =>
        user.AccountId() ?? throw new InvalidOperationException("A signed-in account is expected here.");
}
