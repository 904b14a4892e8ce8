using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// An administrator's changes to a staff account: permissions given and taken back, access suspended and restored; each
/// one audited.
/// </summary>
public sealed class StaffAccess(
    AccountsDb accounts,
    UserManager<Account> users,
    SessionRegistry sessions,
    AuditLog audit,
    TimeProvider clock
)
{
    public async Task GrantAsync(string agentId, string permission, GrantScope scope, string scopeLabel, string actor)
    {
        accounts.Grants.Add(new Grant(agentId, permission, scope, clock.GetUtcNow().UtcDateTime, actor));
        await accounts.SaveChangesAsync();
        await audit.AppendAsync(
            actor,
            "accounts.grant.add",
            AuditActor.Of(agentId),
            details: $"{permission} {scopeLabel}"
        );
    }

    /// <summary>False when the agent has no such grant (already taken back).</summary>
    public async Task<bool> RevokeAsync(string agentId, Guid grant, string actor)
    {
        var removed = await accounts.Grants.Where(g => g.Id == grant && g.AccountId == agentId).ExecuteDeleteAsync();
        if (removed > 0)
        {
            await audit.AppendAsync(actor, "accounts.grant.remove", AuditActor.Of(agentId), details: grant.ToString());
        }
        return removed > 0;
    }

    /// <summary>
    /// Locks the account for good (and ends its sessions at once) or lifts the lock; false when the account is
    /// unknown or is the administrator's own, who could otherwise lock everyone out.
    /// </summary>
    public async Task<bool> SuspendAsync(string agentId, bool suspend, string actorId)
    {
        var agent = await users.FindByIdAsync(agentId);
        if (agent is null || agent.Id == actorId)
        {
            return false;
        }
        await users.SetLockoutEnabledAsync(agent, true);
        await users.SetLockoutEndDateAsync(agent, suspend ? DateTimeOffset.MaxValue : null);
        if (suspend)
        {
            await sessions.EndAllAsync(agent.Id);
        }
        await audit.AppendAsync(
            AuditActor.Of(actorId),
            suspend ? "accounts.staff.suspend" : "accounts.staff.restore",
            AuditActor.Of(agent.Id)
        );
        return true;
    }
}
