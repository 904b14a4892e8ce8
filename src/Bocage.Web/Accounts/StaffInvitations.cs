using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Web.Accounts;

public sealed record StaffInvitation(
    string Email,
    string GivenName,
    string FamilyName,
    AccountKind Kind,
    string Permission,
    GrantScope Scope
);

/// <summary>
/// Creates a staff account without a password and e-mails a single-use link to choose one; the
/// second factor is enrolled right after, before anything else.
/// </summary>
public sealed class StaffInvitations(
    UserManager<Account> users,
    AccountsDb accounts,
    AccountLinks links,
    AuditLog audit,
    TimeProvider clock
)
{
    public async Task<Account> InviteAsync(StaffInvitation invitation, string invitedBy)
    {
        var account = new Account
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            GivenName = invitation.GivenName,
            FamilyName = invitation.FamilyName,
            Kind = invitation.Kind,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Code)));
        }
        accounts.Grants.Add(
            new Grant(
                account.Id,
                invitation.Permission,
                invitation.Scope,
                clock.GetUtcNow().UtcDateTime,
                AuditActor.Of(invitedBy)
            )
        );
        await accounts.SaveChangesAsync();
        await links.SendInvitationAsync(account);
        await audit.AppendAsync(
            AuditActor.Of(invitedBy),
            "accounts.staff.invite",
            AuditActor.Of(account.Id),
            details: $"{invitation.Kind} {invitation.Permission} {invitation.Scope.OrganisationSlug ?? invitation.Scope.CommuneInsee ?? "*"}"
        );
        return account;
    }
}
