using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Observatoire;

/// <summary>An agent of the commune checks inhabitants' coverage reports; the address is erased either way.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + ObservatoryPermissions.ReviewCoverage)]
internal sealed class SignalementsModel(CoverageReports reports) : PageModel
{
    public IReadOnlyList<CoverageReport> Pending { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pending = await reports.PendingAsync(AccountId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid report, string decision, CancellationToken cancellationToken)
    {
        var outcome = await reports.ReviewAsync(AccountId, report, decision == "confirmer", cancellationToken);
        Notice =
            outcome == ReviewOutcome.Done
                ? (decision == "confirmer" ? "Broadband_Confirmed" : "Broadband_Dismissed")
                : "Observatory_Review" + outcome;
        return RedirectToPage();
    }

    private string AccountId => User.RequiredAccountId();
}
