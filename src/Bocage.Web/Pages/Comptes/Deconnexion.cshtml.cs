using Bocage.Kernel.Accounts;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// Signing out is a POST with the anti-forgery token, so that no link or image can do it. A session
/// opened through an identity provider also ends at the provider, or its own session there would stay
/// open on a shared computer.
/// </summary>
[Authorize]
[Bocage.Web.Accounts.SecondFactorNotRequired]
public sealed class DeconnexionModel(AccountSignIn sessions, IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Comptes/Compte");

    public async Task<IActionResult> OnPostAsync()
    {
        var external = await sessions.SignOutAsync(User, HttpContext);
        if (external is not null && await schemes.GetSchemeAsync(external.Provider) is not null)
        {
            var properties = new AuthenticationProperties { RedirectUri = "/" };
            properties.SetParameter(IdentityProviderSetup.IdTokenHintParameter, external.IdToken);
            return SignOut(properties, external.Provider);
        }
        return LocalRedirect("/");
    }
}
