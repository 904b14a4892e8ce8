using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Web.Accounts;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bocage.Web.Pages.Comptes;

[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class MotDePasseOublieModel(UserManager<Account> users, AccountLinks links) : PageModel
{
    public sealed record InputModel
    {
        [
            Required(ErrorMessage = "EmailRequired"),
            EmailAddress(ErrorMessage = "EmailInvalid"),
            StringLength(254, ErrorMessage = "EmailInvalid")
        ]
        public string Email { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = await users.FindByEmailAsync(Input.Email.Trim());
        if (account is { EmailConfirmed: true })
        {
            await links.SendPasswordResetAsync(account);
        }
        // The same answer whether or not the address has an account.
        Sent = true;
        return Page();
    }
}
