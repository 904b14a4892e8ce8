using Bocage.Kernel.Accounts;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// Where the identity provider's callback lands once the token is checked: signs in, creates the
/// account, or explains why not. The provider's temporary cookie is dropped in every case.
/// </summary>
public sealed class ExterneModel(SignInManager<Account> signIn, ExternalSignIns external) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public ExternalOutcome Outcome { get; private set; }

    public string ProviderName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Redirect("/connexion");
        }
        ProviderName = info.ProviderDisplayName ?? info.LoginProvider;
        Email = info.Principal.FindFirst("email")?.Value ?? "";
        Outcome = await external.SignInAsync(info, HttpContext);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var retour = LocalUrls.OrDefault(ReturnUrl, "/compte");
        switch (Outcome)
        {
            case ExternalOutcome.SignedIn or ExternalOutcome.Created:
                return LocalRedirect(retour);
            case ExternalOutcome.NeedsCode:
                return LocalRedirect($"/connexion/code?retour={Uri.EscapeDataString(retour)}");
            case ExternalOutcome.EmailTaken:
                return Page();
            default:
                Response.StatusCode =
                    Outcome == ExternalOutcome.Locked
                        ? StatusCodes.Status403Forbidden
                        : StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}
