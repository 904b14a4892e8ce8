using System.Security.Claims;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Web;
using Bocage.Web.Pages.Comptes;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Web.Accounts;

public enum ExternalOutcome
{
    SignedIn,
    Created,
    NeedsCode,
    EmailTaken,
    Locked,
    Refused,
}

/// <summary>
/// What happens when a person comes back from an identity provider: the account linked to that
/// identity is signed in; a new one is created when nobody has the address; an account that already
/// has the address is never linked without its password (whoever controls a provider account with
/// that address would otherwise take it over).
/// </summary>
public sealed class ExternalSignIns(
    UserManager<Account> users,
    AccountSignIn sessions,
    AuditLog audit,
    TimeProvider clock,
    ILogger<ExternalSignIns> log
)
{
    public async Task<ExternalOutcome> SignInAsync(ExternalLoginInfo info, HttpContext http)
    {
        var account = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        var outcome = ExternalOutcome.SignedIn;
        if (account is null)
        {
            var email = info.Principal.FindFirstValue("email")?.Trim();
            if (string.IsNullOrEmpty(email))
            {
                log.LogWarning("{Provider} gave no e-mail address", info.LoginProvider);
                return ExternalOutcome.Refused;
            }
            if (await users.FindByEmailAsync(email) is not null)
            {
                return ExternalOutcome.EmailTaken;
            }
            account = await CreateAsync(info, email);
            if (account is null)
            {
                return ExternalOutcome.Refused;
            }
            outcome = ExternalOutcome.Created;
        }
        if (await users.IsLockedOutAsync(account))
        {
            return ExternalOutcome.Locked;
        }
        var external = ExternalSessionOf(info);
        if (account.TwoFactorEnabled)
        {
            // The provider's basic level does not replace the second factor the person chose (or staff must use).
            await CodeModel.RememberPendingAsync(http, account, persistent: false, external);
            return ExternalOutcome.NeedsCode;
        }
        await sessions.SignInAsync(account, persistent: false, http, external);
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.session.open",
            AuditActor.Of(account.Id),
            details: info.LoginProvider
        );
        return outcome;
    }

    /// <summary>Links the identity to the signed-in account (asked for from « Mon compte »).</summary>
    public async Task<string> LinkAsync(Account account, ExternalLoginInfo info)
    {
        var owner = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (owner is not null)
        {
            return owner.Id == account.Id ? "ExternalLinked" : "ExternalLinkedElsewhere";
        }
        if ((await users.GetLoginsAsync(account)).Any(l => l.LoginProvider == info.LoginProvider))
        {
            return "ExternalAlreadyLinked";
        }
        var linked = await users.AddLoginAsync(
            account,
            new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName)
        );
        if (!linked.Succeeded)
        {
            log.LogWarning(
                "Linking {Provider} failed: {Errors}",
                info.LoginProvider,
                string.Join(", ", linked.Errors.Select(e => e.Code))
            );
            return "ExternalLinkFailed";
        }
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.login.link",
            AuditActor.Of(account.Id),
            details: info.LoginProvider
        );
        return "ExternalLinked";
    }

    /// <summary>Unlinks, unless the identity is the only way into the account.</summary>
    public async Task<string> UnlinkAsync(Account account, string provider)
    {
        var login = (await users.GetLoginsAsync(account)).FirstOrDefault(l => l.LoginProvider == provider);
        if (login is null)
        {
            return "ExternalNotLinked";
        }
        if (!await users.HasPasswordAsync(account))
        {
            return "ExternalUnlinkNeedsPassword";
        }
        var removed = await users.RemoveLoginAsync(account, login.LoginProvider, login.ProviderKey);
        if (!removed.Succeeded)
        {
            return "ExternalLinkFailed";
        }
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.login.unlink",
            AuditActor.Of(account.Id),
            details: provider
        );
        return "ExternalUnlinked";
    }

    private async Task<Account?> CreateAsync(ExternalLoginInfo info, string email)
    {
        var account = new Account
        {
            UserName = email,
            Email = email,
            // The provider verified the address; the birth date it also gives is not kept (not needed).
            EmailConfirmed = true,
            GivenName = Cut(info.Principal.FindFirstValue("given_name")),
            FamilyName = Cut(info.Principal.FindFirstValue("family_name")),
            Kind = AccountKind.Inhabitant,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            PreferredLanguage = MailCulture.Current,
        };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            log.LogWarning(
                "Account from {Provider} not created: {Errors}",
                info.LoginProvider,
                string.Join(", ", created.Errors.Select(e => e.Code))
            );
            return null;
        }
        var linked = await users.AddLoginAsync(
            account,
            new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName)
        );
        if (!linked.Succeeded)
        {
            // Two callbacks for the same new person at once: the other one won; leave no account without its link.
            await users.DeleteAsync(account);
            return null;
        }
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.account.create",
            AuditActor.Of(account.Id),
            details: info.LoginProvider
        );
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.login.link",
            AuditActor.Of(account.Id),
            details: info.LoginProvider
        );
        return account;
    }

    private static ExternalSession? ExternalSessionOf(ExternalLoginInfo info) =>
        info.AuthenticationTokens?.FirstOrDefault(t => t.Name == "id_token")?.Value is { Length: > 0 } idToken
            ? new ExternalSession(info.LoginProvider, idToken)
            : null;

    // The provider's names go into mails and documents as a typed name does, so they obey the same rule: a line
    // break or a bidirectional override in them would forge a header line or reorder what an agent reads.
    private static string Cut(string? name) => PersonNameAttribute.Cleaned(name, 100);
}
