using Bocage.Kernel.Accounts;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// Linking an identity provider to the signed-in account, and unlinking it. The link is asked for
/// with a form (anti-forgery token) and the callback only links when it carries this account's id,
/// so that nobody can attach their provider identity to someone else's session.
/// </summary>
[Authorize]
public sealed class IdentiteExterneModel(
    UserManager<Account> users,
    SignInManager<Account> signIn,
    ExternalSignIns external
) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    /// <summary>The provider's callback, after the person authenticated there.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        var info = await signIn.GetExternalLoginInfoAsync(expectedXsrf: account.Id);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        Report(info is null ? "ExternalLinkFailed" : await external.LinkAsync(account, info));
        return RedirectToPage("/Comptes/Compte");
    }

    public async Task<IActionResult> OnPostLinkAsync(string provider)
    {
        var accountId = User.AccountId();
        if (accountId is null)
        {
            return Challenge();
        }
        if (!(await signIn.GetExternalAuthenticationSchemesAsync()).Any(s => s.Name == provider))
        {
            return NotFound();
        }
        return Challenge(
            signIn.ConfigureExternalAuthenticationProperties(provider, "/compte/identite-externe", accountId),
            provider
        );
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string provider)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        Report(await external.UnlinkAsync(account, provider));
        return RedirectToPage("/Comptes/Compte");
    }

    private void Report(string key)
    {
        if (key is "ExternalLinked" or "ExternalUnlinked")
        {
            Notice = key;
        }
        else
        {
            Problem = key;
        }
    }
}
