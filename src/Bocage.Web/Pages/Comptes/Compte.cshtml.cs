using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// "Mon compte": profile, language of the mails, signed-in browsers, data download and account deletion.
/// </summary>
[Authorize]
public sealed class CompteModel(
    UserManager<Account> users,
    SignInManager<Account> signIn,
    SessionRegistry sessions,
    AuditLog audit,
    AccountPasskeys passkeys
) : PageModel
{
    public sealed record ProfileInput
    {
        [Required(ErrorMessage = "GivenNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string GivenName { get; init; } = "";

        [Required(ErrorMessage = "FamilyNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string FamilyName { get; init; } = "";
    }

    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    public Account Account { get; private set; } = null!;

    public IReadOnlyList<AccountSession> Sessions { get; private set; } = [];

    public Guid CurrentSession { get; private set; }

    /// <summary>Identity providers linked to the account (FranceConnect), shown by their display name.</summary>
    public IReadOnlyList<UserLoginInfo> Logins { get; private set; } = [];

    /// <summary>Configured identity providers not linked yet.</summary>
    public IReadOnlyList<AuthenticationScheme> Linkable { get; private set; } = [];

    /// <summary>Without a password, unlinking the provider would leave no way into the account.</summary>
    public bool HasPassword { get; private set; }

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        Profile = new ProfileInput { GivenName = Account.GivenName, FamilyName = Account.FamilyName };
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Account.GivenName = Profile.GivenName.Trim();
        Account.FamilyName = Profile.FamilyName.Trim();
        await users.UpdateAsync(Account);
        await audit.AppendAsync(AuditActor.Of(Account.Id), "accounts.profile.update", AuditActor.Of(Account.Id));
        Notice = "ProfileSaved";
        return RedirectToPage();
    }

    /// <summary>
    /// The language the person's mails are written in. A plain handler argument rather than a bound property, so
    /// that the profile form's required fields are not asked of this one.
    /// </summary>
    public async Task<IActionResult> OnPostLanguageAsync(string? language)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        if (!SupportedCultures.IsSupported(language))
        {
            Problem = "LanguageInvalid";
            return RedirectToPage();
        }
        account.PreferredLanguage = language!;
        await users.UpdateAsync(account);
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.language.update",
            AuditActor.Of(account.Id),
            details: language!
        );
        Notice = "LanguageSaved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndSessionAsync(Guid session)
    {
        var accountId = User.AccountId();
        if (accountId is null)
        {
            return Challenge();
        }
        Notice = await sessions.EndAsync(accountId, session) ? "SessionEnded" : "SessionNotFound";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return false;
        }
        Account = account;
        Sessions = await sessions.ActiveAsync(account.Id);
        CurrentSession = Guid.TryParse(User.FindFirstValue(SessionRegistry.ClaimType), out var id) ? id : Guid.Empty;
        Logins = [.. await users.GetLoginsAsync(account)];
        Linkable =
        [
            .. (await signIn.GetExternalAuthenticationSchemesAsync()).Where(s =>
                Logins.All(l => l.LoginProvider != s.Name)
            ),
        ];
        HasPassword = await users.HasPasswordAsync(account);
        Passkeys = await passkeys.ListAsync(account);
        return true;
    }
}
