using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// Identity's authenticator provider replaced by one that refuses a replayed code, so that every
/// check (sign-in, enrolment) goes through the same rule.
/// </summary>
internal sealed class ReplayGuardedAuthenticatorTokenProvider(AuthenticatorCodes codes)
    : AuthenticatorTokenProvider<Account>
{
    public override async Task<bool> ValidateAsync(
        string purpose,
        string token,
        UserManager<Account> manager,
        Account user
    ) => await codes.CheckAsync(manager, user, token) == AuthenticatorCodeCheck.Accepted;
}
