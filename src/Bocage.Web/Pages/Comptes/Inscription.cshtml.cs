using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Web;
using Bocage.Web.Accounts;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Comptes;

[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class InscriptionModel(
    UserManager<Account> users,
    PasswordSignInCheck check,
    AccountLinks links,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [
            Required(ErrorMessage = "EmailRequired"),
            EmailAddress(ErrorMessage = "EmailInvalid"),
            StringLength(254, ErrorMessage = "EmailInvalid")
        ]
        public string Email { get; init; } = "";

        [Required(ErrorMessage = "GivenNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string GivenName { get; init; } = "";

        [Required(ErrorMessage = "FamilyNameRequired"), StringLength(100, ErrorMessage = "NameTooLong"), PersonName]
        public string FamilyName { get; init; } = "";

        [Required(ErrorMessage = "PasswordRequired"), StringLength(200, ErrorMessage = "PasswordTooLong")]
        public string Password { get; init; } = "";

        [
            Required(ErrorMessage = "PasswordConfirmRequired"),
            Compare(nameof(Password), ErrorMessage = "PasswordMismatch")
        ]
        public string PasswordConfirm { get; init; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The page the person was on before signing up, carried to the confirmation and the sign-in.</summary>
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The password is judged before the address is looked up, and a taken address costs a hash as a new
        // account does: neither the answer nor its time tells who has an account.
        var weak = await PasswordProblemsAsync();
        if (weak.Count > 0)
        {
            IdentityErrors.AddTo(ModelState, IdentityResult.Failed([.. weak]), text);
            return Page();
        }
        var existing = await users.FindByEmailAsync(Input.Email);
        if (existing is not null)
        {
            check.SpendAsForANewAccount(Input.Password);
            await links.SendAlreadyRegisteredAsync(existing, ReturnUrl);
            return RedirectToPage("InscriptionMerci");
        }
        var account = new Account
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            GivenName = Input.GivenName.Trim(),
            FamilyName = Input.FamilyName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            // The language the person chose to read the site in is the one they will be written to in.
            PreferredLanguage = MailCulture.Current,
        };
        var created = await users.CreateAsync(account, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created, text);
            return Page();
        }
        await audit.AppendAsync(AuditActor.Of(account.Id), "accounts.account.create", AuditActor.Of(account.Id));
        await links.SendConfirmationAsync(account, ReturnUrl);
        return RedirectToPage("InscriptionMerci");
    }

    private async Task<List<IdentityError>> PasswordProblemsAsync()
    {
        var candidate = new Account { UserName = Input.Email.Trim(), Email = Input.Email.Trim() };
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, candidate, Input.Password)).Errors);
        }
        return problems;
    }
}
