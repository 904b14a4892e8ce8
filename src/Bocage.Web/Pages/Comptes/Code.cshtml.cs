using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Web;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

/// <summary>Second step of signing in: the code of the authenticator application, or a recovery code.</summary>
[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class CodeModel(
    UserManager<Account> users,
    AccountSignIn signIn,
    AuditLog audit,
    AuthenticatorCodes codes,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [Required(ErrorMessage = "TotpRequired"), StringLength(20, ErrorMessage = "TotpFormat")]
        public string Code { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingAccountAsync() is null ? Redirect("/connexion") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var (account, persistent, external) = await PendingAccountAsync() ?? default;
        if (account is null)
        {
            return Redirect("/connexion");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.IsLockedOutAsync(account))
        {
            ModelState.AddModelError("", text["SignInLockedOut"]);
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var check =
            code.Length == 6 && code.All(char.IsAsciiDigit) ? await codes.CheckAsync(users, account, code)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(account, code)).Succeeded ? AuthenticatorCodeCheck.Accepted
            : AuthenticatorCodeCheck.Wrong;
        if (check != AuthenticatorCodeCheck.Accepted)
        {
            await users.AccessFailedAsync(account);
            ModelState.AddModelError(
                "Input.Code",
                text[check == AuthenticatorCodeCheck.Replayed ? "TotpReplayed" : "TotpWrong"]
            );
            return Page();
        }
        await users.ResetAccessFailedCountAsync(account);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInAsync(account, persistent, HttpContext, external);
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.session.open",
            AuditActor.Of(account.Id),
            details: external is null ? "2fa" : $"2fa {external.Provider}"
        );
        return LocalRedirect(LocalUrls.OrDefault(ReturnUrl, "/compte"));
    }

    /// <summary>
    /// The account whose password (or identity provider) was right, remembered for a few minutes by a
    /// cookie of its own, with the provider's ID token when the person came through one.
    /// </summary>
    private async Task<(Account Account, bool Persistent, ExternalSession? External)?> PendingAccountAsync()
    {
        var pending = await HttpContext.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var id = pending.Principal?.FindFirstValue(ClaimTypes.Name);
        var account = id is null ? null : await users.FindByIdAsync(id);
        if (account is null)
        {
            return null;
        }
        var provider = pending.Principal!.FindFirstValue(AccountSignIn.ProviderClaim);
        var idToken = pending.Properties?.GetTokenValue(PendingIdToken);
        var external = provider is not null && idToken is not null ? new ExternalSession(provider, idToken) : null;
        return (account, pending.Principal!.HasClaim("bocage:persistent", "true"), external);
    }

    private const string PendingIdToken = "id_token";

    /// <summary>Called once the password (or the identity provider) is right and a second factor is needed.</summary>
    public static Task RememberPendingAsync(
        HttpContext http,
        Account account,
        bool persistent,
        ExternalSession? external = null
    )
    {
        List<Claim> claims =
        [
            new Claim(ClaimTypes.Name, account.Id),
            new Claim("bocage:persistent", persistent ? "true" : "false"),
        ];
        var properties = new AuthenticationProperties();
        if (external is not null)
        {
            claims.Add(new Claim(AccountSignIn.ProviderClaim, external.Provider));
            properties.StoreTokens([new AuthenticationToken { Name = PendingIdToken, Value = external.IdToken }]);
        }
        return http.SignInAsync(
            IdentityConstants.TwoFactorUserIdScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.TwoFactorUserIdScheme)),
            properties
        );
    }
}
