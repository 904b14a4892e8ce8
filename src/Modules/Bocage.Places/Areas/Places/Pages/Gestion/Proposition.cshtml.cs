using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Places.Domain.Companies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>
/// One company's proposed change (<c>/gestion/lieux/propositions/{id}</c>): each changed part before and after;
/// approve it (applied to the place as it now is) or refuse it with a reason the company reads in its mail.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
internal sealed class PropositionModel(
    ChangeModeration moderation,
    IStringLocalizer<PlacesResource> text,
    IOutputCacheStore cache
) : PageModel
{
    public PendingChange Pending { get; private set; } = null!;

    public IReadOnlyList<(string Key, string Before, string After)> Changes { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Pending.Change.Status == PlaceChangeStatus.Pending)
        {
            await moderation.ApproveAsync(User.RequiredAccountId(), Pending, cancellationToken);
            await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, cancellationToken);
        }
        return Redirect($"/gestion/lieux/propositions/{id}");
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var reason = (Reason ?? "").Trim();
        if (reason.Length is 0 or > PlaceChange.ReasonMaxLength)
        {
            ModelState.AddModelError(nameof(Reason), text["Change_ReasonRequired", PlaceChange.ReasonMaxLength]);
            return Page();
        }
        if (Pending.Change.Status == PlaceChangeStatus.Pending)
        {
            await moderation.RefuseAsync(User.RequiredAccountId(), Pending, reason, cancellationToken);
        }
        return Redirect($"/gestion/lieux/propositions/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var pending = await moderation.OneAsync(User.RequiredAccountId(), id, cancellationToken);
        if (pending is null)
        {
            return false;
        }
        Pending = pending;
        Changes = pending.Change.Proposed.Changes(CompanyEdit.Of(pending.Place.Details));
        return true;
    }
}
