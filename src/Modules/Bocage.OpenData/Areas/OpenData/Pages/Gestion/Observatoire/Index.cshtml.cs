using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Observatoire;

/// <summary>Values proposed by partners, waiting for an agent to publish or reject them.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + ObservatoryPermissions.Validate)]
internal sealed class IndexModel(ValueSubmissions submissions) : PageModel
{
    public IReadOnlyList<(IndicatorValue Value, Indicator Indicator)> Pending { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pending = await submissions.PendingAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(long value, string decision, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        var outcome = await submissions.ReviewAsync(accountId, value, decision == "valider", cancellationToken);
        Notice =
            outcome == ReviewOutcome.Done
                ? (decision == "valider" ? "Observatory_ValueValidated" : "Observatory_ValueRejected")
                : "Observatory_Review" + outcome;
        return RedirectToPage();
    }
}
