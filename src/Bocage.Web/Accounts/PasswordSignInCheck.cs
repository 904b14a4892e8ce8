using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Web.Accounts;

/// <summary>
/// Checks an address and a password so that the answer and the work tell nobody who has an account: an
/// unknown address costs one password hash check as a known one does, and why a sign-in is refused (locked
/// out, suspended, address not confirmed) is said only to whoever typed the right password. Identity's own
/// check looks at the lock and the confirmation before the password, and skips hashing for unknown addresses.
/// </summary>
public sealed class PasswordSignInCheck(UserManager<Account> users, SignInManager<Account> signIn)
{
    /// <summary>The hash an unknown address is checked against; made once, of a password nobody knows.</summary>
    private static string? _decoyHash;

    public async Task<(PasswordSignInOutcome Outcome, Account? Account)> CheckAsync(string email, string password)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account?.PasswordHash is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new Account(), DecoyHash(), password);
            return (PasswordSignInOutcome.Failed, null);
        }
        var right = await users.CheckPasswordAsync(account, password);
        if (await users.IsLockedOutAsync(account))
        {
            // An administrator's suspension is a lock-out with no end: say so, not "15 minutes".
            var suspended = account.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1);
            return (
                !right ? PasswordSignInOutcome.Failed
                : suspended ? PasswordSignInOutcome.Suspended
                : PasswordSignInOutcome.LockedOut,
                null
            );
        }
        if (!right)
        {
            await users.AccessFailedAsync(account);
            return (PasswordSignInOutcome.Failed, null);
        }
        if (!await signIn.CanSignInAsync(account))
        {
            return (PasswordSignInOutcome.Unconfirmed, null);
        }
        await users.ResetAccessFailedCountAsync(account);
        return (PasswordSignInOutcome.Succeeded, account);
    }

    /// <summary>Hashes a password for an address that already has an account, as creating one would.</summary>
    public void SpendAsForANewAccount(string password) => users.PasswordHasher.HashPassword(new Account(), password);

    private string DecoyHash() =>
        _decoyHash ??= users.PasswordHasher.HashPassword(
            new Account(),
            Convert.ToBase64String(Guid.NewGuid().ToByteArray())
        );
}
