using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

/// <summary>Deleting one's account: confirmed with the password, then every engine erases its part.</summary>
[Authorize]
public sealed class SuppressionModel(
    UserManager<Account> users,
    AccountSignIn signIn,
    SessionRegistry sessions,
    PersonalDataExport data,
    AuditLog audit,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [Required(ErrorMessage = "PasswordRequired"), StringLength(200, ErrorMessage = "PasswordTooLong")]
        public string Password { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await users.CheckPasswordAsync(account, Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["DeletePasswordWrong"]);
            return Page();
        }
        await signIn.SignOutAsync(User, HttpContext);
        await data.EraseAsync(account.Id, cancellationToken);
        await sessions.EndAllAsync(account.Id, cancellationToken);
        await users.DeleteAsync(account);
        await audit.AppendAsync(
            AuditActor.Of(account.Id),
            "accounts.account.delete",
            AuditActor.Of(account.Id),
            cancellationToken: cancellationToken
        );
        return RedirectToPage("/Comptes/SuppressionFaite");
    }
}
