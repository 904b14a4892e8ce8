using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Seed;

/// <summary>The permissions engines give demo accounts in their seed (Database:SeedDemo only).</summary>
public static class DemoGrants
{
    /// <summary>
    /// Grants <paramref name="permission"/> to the account of <paramref name="email"/>, unless it already holds that
    /// permission in any scope (an administrator may have changed it since: a new start must not undo that), and
    /// does nothing when the account does not exist. Saves at once, so seeds can call it again and again.
    /// </summary>
    public static async Task EnsureAsync(
        AccountsDb accounts,
        string email,
        string permission,
        GrantScope scope,
        DateTime now,
        CancellationToken cancellationToken = default
    )
    {
        var normalized = email.ToUpperInvariant();
        var accountId = await accounts
            .Users.Where(u => u.NormalizedEmail == normalized)
            .Select(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (
            accountId is null
            || await accounts.Grants.AnyAsync(
                g => g.AccountId == accountId && g.Permission == permission,
                cancellationToken
            )
        )
        {
            return;
        }
        accounts.Grants.Add(new Grant(accountId, permission, scope, now, AuditActor.Seed));
        await accounts.SaveChangesAsync(cancellationToken);
    }
}
