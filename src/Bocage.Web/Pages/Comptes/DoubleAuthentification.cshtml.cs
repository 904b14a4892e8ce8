using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

/// <summary>Enrolment of an authenticator application (TOTP, RFC 6238), compulsory for staff.</summary>
[Authorize]
[Bocage.Web.Accounts.SecondFactorNotRequired]
public sealed class DoubleAuthentificationModel(
    UserManager<Account> users,
    AccountSignIn signIn,
    AuditLog audit,
    AccountPasskeys passkeys,
    AuthenticatorCodes codes,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [
            Required(ErrorMessage = "TotpRequired"),
            RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "TotpFormat")
        ]
        public string Code { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public bool AlreadyEnabled { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>
    /// The account already has a passkey but this session was opened without it: enrolling another
    /// factor from here would let someone who only knows the password give themselves one.
    /// </summary>
    public bool MustUsePasskey { get; private set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await LoadAsync();
        if (account is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid || MustUsePasskey)
        {
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var check = await codes.CheckAsync(users, account, code);
        if (check != AuthenticatorCodeCheck.Accepted)
        {
            ModelState.AddModelError(
                "Input.Code",
                text[check == AuthenticatorCodeCheck.Replayed ? "TotpReplayed" : "TotpWrong"]
            );
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))?.ToList() ?? [];
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.second-factor.enable", AuditActor.Of(account.Id));
        // A new session whose cookie says the second factor is there, so the staff gate opens.
        var external = await signIn.SignOutAsync(User, HttpContext);
        await signIn.SignInAsync(account, persistent: false, HttpContext, external);
        AlreadyEnabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        var account = await LoadAsync();
        return account is null || MustUsePasskey
            ? Forbid()
            : Content(await passkeys.CreationOptionsAsync(account), "application/json");
    }

    /// <summary>A passkey instead of an authenticator app: its user verification is the second factor.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential, string? name)
    {
        var account = await LoadAsync();
        if (account is null || MustUsePasskey)
        {
            return account is null ? Challenge() : Forbid();
        }
        Problem = await passkeys.AddAsync(account, credential, name);
        if (Problem is not null)
        {
            return RedirectToPage();
        }
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.second-factor.passkey", AuditActor.Of(account.Id));
        var external = await signIn.SignOutAsync(User, HttpContext);
        await signIn.SignInAsync(account, persistent: false, HttpContext, external, byPasskey: true);
        return Redirect("/compte");
    }

    private async Task<Account?> LoadAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return null;
        }
        AlreadyEnabled = account.TwoFactorEnabled;
        MustUsePasskey = User.IsStaff() && !User.HasSecondFactor() && (await users.GetPasskeysAsync(account)).Count > 0;
        if (AlreadyEnabled)
        {
            return account;
        }
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account);
        }
        SharedKey = string.Join(' ', key!.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var uri =
            $"otpauth://totp/{Uri.EscapeDataString("Sud Avesnois")}:{Uri.EscapeDataString(account.Email!)}?secret={key}&issuer={Uri.EscapeDataString("Sud Avesnois")}&digits=6";
        QrCodeDataUri = QrCodes.SvgDataUri(uri);
        return account;
    }
}
