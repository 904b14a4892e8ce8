using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Accounts;

/// <summary>Signs a person in with a server-side session of their own, and out of it.</summary>
public sealed class AccountSignIn(SignInManager<Account> signIn, SessionRegistry sessions)
{
    public async Task SignInAsync(Account account, bool persistent, HttpContext http)
    {
        var session = await sessions.OpenAsync(account.Id, http.Request.Headers.UserAgent.ToString(), http.RequestAborted);
        await signIn.SignInWithClaimsAsync(account, persistent,
        [
            new Claim(SessionRegistry.ClaimType, session.Id.ToString()),
            new Claim(StaffClaims.Kind, account.Kind.ToString()),
            new Claim(StaffClaims.SecondFactor, account.TwoFactorEnabled ? "true" : "false"),
        ]);
    }

    public async Task SignOutAsync(ClaimsPrincipal principal, HttpContext http)
    {
        var accountId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (accountId is not null && Guid.TryParse(principal.FindFirstValue(SessionRegistry.ClaimType), out var id))
        {
            await sessions.EndAsync(accountId, id, http.RequestAborted);
        }
        await signIn.SignOutAsync();
    }
}
