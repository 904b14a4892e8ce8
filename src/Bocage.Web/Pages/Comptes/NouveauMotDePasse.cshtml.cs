using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Web.Accounts;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class NouveauMotDePasseModel(
    UserManager<Account> users,
    SessionRegistry sessions,
    AuditLog audit,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "compte")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = AccountId is null ? null : await users.FindByIdAsync(AccountId);
        if (account is null || Code is null)
        {
            ModelState.AddModelError("", text["LinkExpired"]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(account, AccountLinks.DecodeToken(Code), Input.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, text);
            return Page();
        }
        // Whoever knew the old password is signed out everywhere.
        await sessions.EndAllAsync(account.Id);
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.password.reset", AuditActor.Of(account.Id));
        Done = true;
        return Page();
    }
}
