using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class ConnexionModel(
    PasswordSignInCheck check,
    SignInManager<Account> signIn,
    AccountSignIn sessions,
    AuditLog audit,
    AccountPasskeys passkeys,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [Required(ErrorMessage = "EmailRequired"), StringLength(254, ErrorMessage = "EmailInvalid")]
        public string Email { get; init; } = "";

        [Required(ErrorMessage = "PasswordRequired"), StringLength(200, ErrorMessage = "PasswordTooLong")]
        public string Password { get; init; } = "";

        public bool RememberMe { get; init; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    /// <summary>The identity providers configured (none unless IdentityProviders:… is set).</summary>
    public IReadOnlyList<AuthenticationScheme> Providers { get; private set; } = [];

    public async Task OnGetAsync() => Providers = [.. await signIn.GetExternalAuthenticationSchemesAsync()];

    /// <summary>Sends the person to the identity provider; it comes back to /connexion/externe.</summary>
    public async Task<IActionResult> OnPostExternalAsync(string provider)
    {
        if (!(await signIn.GetExternalAuthenticationSchemesAsync()).Any(s => s.Name == provider))
        {
            return NotFound();
        }
        var callback = LocalUrls.IsLocal(ReturnUrl)
            ? $"/connexion/externe?retour={Uri.EscapeDataString(ReturnUrl)}"
            : "/connexion/externe";
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, callback), provider);
    }

    /// <summary>The challenge for « Se connecter avec une clé d'accès », for any passkey of this site.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        Content(await passkeys.RequestOptionsAsync(), "application/json");

    /// <summary>
    /// The browser's signed answer. A passkey with user verification is both factors at once, so staff
    /// get their second factor from it; a wrong or malformed answer opens nothing.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        Providers = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        ModelState.Clear();
        var account = await passkeys.VerifyAsync(credential);
        if (account is null)
        {
            ModelState.AddModelError("", text["PasskeySignInFailed"]);
            return Page();
        }
        await sessions.SignInAsync(account, persistent: false, HttpContext, byPasskey: true);
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.session.open.passkey", AuditActor.Of(account.Id));
        return LocalRedirect(LocalUrls.OrDefault(ReturnUrl, "/compte"));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Providers = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (outcome, account) = await check.CheckAsync(Input.Email, Input.Password);
        switch (outcome)
        {
            case PasswordSignInOutcome.LockedOut:
                ModelState.AddModelError("", text["SignInLockedOut"]);
                return Page();
            case PasswordSignInOutcome.Suspended:
                ModelState.AddModelError("", text["SignInSuspended"]);
                return Page();
            case PasswordSignInOutcome.Unconfirmed:
                ModelState.AddModelError("Input.Email", text["SignInUnconfirmed"]);
                return Page();
        }
        if (account is null)
        {
            // One message for an unknown address, a wrong password, and any account state behind a wrong password.
            ModelState.AddModelError("Input.Password", text["SignInFailed"]);
            return Page();
        }
        if (account.TwoFactorEnabled)
        {
            await CodeModel.RememberPendingAsync(HttpContext, account, Input.RememberMe);
            return LocalRedirect(
                LocalUrls.IsLocal(ReturnUrl)
                    ? $"/connexion/code?retour={Uri.EscapeDataString(ReturnUrl)}"
                    : "/connexion/code"
            );
        }
        await sessions.SignInAsync(account, Input.RememberMe, HttpContext);
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.session.open", AuditActor.Of(account.Id));
        return LocalRedirect(LocalUrls.OrDefault(ReturnUrl, "/compte"));
    }
}
