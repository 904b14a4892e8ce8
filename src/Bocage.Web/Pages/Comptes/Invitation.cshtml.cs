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

/// <summary>An invited agent chooses a password; the staff gate then leads to the second factor.</summary>
[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class InvitationModel(
    UserManager<Account> users,
    AccountSignIn signIn,
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

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = AccountId is null ? null : await users.FindByIdAsync(AccountId);
        if (account is null || Code is null || account.EmailConfirmed)
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
        // The link reached the invited address: that proves it.
        account.EmailConfirmed = true;
        await users.UpdateAsync(account);
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.staff.accept", AuditActor.Of(account.Id));
        await signIn.SignInAsync(account, persistent: false, HttpContext);
        return Redirect(StaffTwoFactorGate.EnrolmentPath);
    }
}
