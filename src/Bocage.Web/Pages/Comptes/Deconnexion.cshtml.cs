using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>Signing out is a POST with the anti-forgery token, so that no link or image can do it.</summary>
[Authorize]
public sealed class DeconnexionModel(AccountSignIn sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Comptes/Compte");

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.SignOutAsync(User, HttpContext);
        return LocalRedirect("/");
    }
}
