using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Bocage.Web.Accounts;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bocage.Web.Pages.Comptes;

/// <summary>
/// The link of a company invitation. Opening it only shows the invitation (mail scanners open links
/// too); joining takes the invited person's click, signed in with the invited address.
/// </summary>
[EnableRateLimiting(RateLimits.IdentityForms)]
public sealed class EntrepriseInvitationModel(CompanyMemberships companies, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public string? CompanyName { get; private set; }

    public string? InvitedEmail { get; private set; }

    /// <summary>Text key of why the invitation cannot be accepted; null when it can.</summary>
    public string? Problem { get; private set; }

    /// <summary>Where sign-in brings the person back to: this very invitation.</summary>
    public string Here => $"/entreprise/invitation?code={Uri.EscapeDataString(Code ?? "")}";

    public async Task OnGetAsync()
    {
        if (SignedIn)
        {
            await DescribeAsync();
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var accountId = User.AccountId();
        if (accountId is null)
        {
            return Challenge();
        }
        var result = await companies.AcceptAsync(Code, accountId);
        if (!result.Succeeded)
        {
            await DescribeAsync();
            Problem = CompanyErrors.KeyOf(result.Error);
            return Page();
        }
        TempData["Notice"] = "CompanyJoined";
        return RedirectToPage("/Comptes/Entreprise");
    }

    private async Task DescribeAsync()
    {
        var found = await companies.FindInvitationAsync(Code);
        if (found is null)
        {
            Problem = CompanyErrors.KeyOf(CompanyError.InvitationInvalid);
            return;
        }
        CompanyName = found.Value.Company.LegalName;
        InvitedEmail = found.Value.Invitation.Email;
        var now = clock.GetUtcNow().UtcDateTime;
        if (found.Value.Invitation.AcceptedAt is not null)
        {
            Problem = CompanyErrors.KeyOf(CompanyError.InvitationUsed);
        }
        else if (!found.Value.Invitation.IsPending(now))
        {
            Problem = CompanyErrors.KeyOf(CompanyError.InvitationExpired);
        }
    }
}
