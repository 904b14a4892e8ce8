using Bocage.Kernel.Web;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// Resuming a file without an account: the tracking code received by e-mail and the same e-mail address.
/// Posts share the per-address budget of the public forms, against guessing codes.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.PublicForms)]
internal sealed class SuiviModel(ProceduresDb db, Applicants applicants, IStringLocalizer<ProceduresResource> text)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var code = Code ?? "";
        var email = (Email ?? "").Trim();
        if (code.Length is 0 or > 40 || email.Length is 0 or > 254)
        {
            ModelState.AddModelError(nameof(Code), text["TrackingUnknown"]);
            return Page();
        }
        var hash = TrackingCodes.Hash(code);
        var candidates = await db.Files.AsNoTracking().Where(f => f.TrackingCodeHash == hash).ToListAsync();
        // Same answer whether the code or the address is wrong, so neither can be guessed apart.
        var file = candidates.FirstOrDefault(f =>
            string.Equals(f.ApplicantEmail, email, StringComparison.OrdinalIgnoreCase)
        );
        if (file is null)
        {
            ModelState.AddModelError(nameof(Code), text["TrackingUnknown"]);
            return Page();
        }
        applicants.Remember(HttpContext, file.Id);
        return Redirect(file.IsDraft ? $"/demarches/dossier/{file.Id}/etape/0" : $"/demarches/dossier/{file.Id}");
    }
}
