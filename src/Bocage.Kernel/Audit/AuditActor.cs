using System.Security.Claims;
using Bocage.Kernel.Accounts;

namespace Bocage.Kernel.Audit;

/// <summary>
/// How an account is named in the audit log and wherever a record keeps who did something (<c>account:{id}</c>),
/// as actor, target or on-behalf-of: one spelling, so the log can be searched and read back into account ids.
/// </summary>
public static class AuditActor
{
    public const string AccountPrefix = "account:";

    /// <summary>What demo seeds record as their author.</summary>
    public const string Seed = "seed";

    public static string Of(string accountId) => AccountPrefix + accountId;

    /// <summary>
    /// The signed-in account; throws when nobody is signed in (see <see cref="AccountClaims.RequiredAccountId"/>).
    /// </summary>
    public static string Of(ClaimsPrincipal user) => Of(user.RequiredAccountId());

    /// <summary>
    /// The account id an actor names; null when the actor is not an account (<c>seed</c>, <c>suivi</c>…).
    /// </summary>
    public static string? AccountIdOf(string actor) =>
        actor.StartsWith(AccountPrefix, StringComparison.Ordinal) ? actor[AccountPrefix.Length..] : null;
}
