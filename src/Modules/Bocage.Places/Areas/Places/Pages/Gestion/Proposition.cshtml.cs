using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Companies;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>
/// One company's proposed change (<c>/gestion/lieux/propositions/{id}</c>): each changed part before and after;
/// approve it (applied to the place as it now is) or refuse it with a reason the company reads in its mail. A
/// company's proposal of its own entry shows what it wrote, and its approval asks where the place stands on the map.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
internal sealed class PropositionModel(
    ChangeModeration moderation,
    TerritoryNames territory,
    PlaceWording wording,
    IStringLocalizer<PlacesResource> text,
    IOutputCacheStore cache
) : PageModel
{
    public PendingChange Pending { get; private set; } = null!;

    public IReadOnlyList<(string Key, string Before, string After)> Changes { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Where a new entry stands, as typed: the company gave its address only.</summary>
    [BindProperty]
    public EntryPosition Position { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Pending.Change.Status != PlaceChangeStatus.Pending)
        {
            return Redirect($"/gestion/lieux/propositions/{id}");
        }
        if (Pending.IsDraft)
        {
            var latitude = PlaceForm.ReadDegrees(Position.Latitude, 90);
            var longitude = PlaceForm.ReadDegrees(Position.Longitude, 180);
            foreach (
                var (field, value, limit) in new[]
                {
                    (nameof(EntryPosition.Latitude), latitude, 90),
                    (nameof(EntryPosition.Longitude), longitude, 180),
                }
            )
            {
                // Nothing on the territory stands at 0°: an empty field reads so.
                if (value is null or 0)
                {
                    ModelState.AddModelError($"{nameof(Position)}.{field}", text["Form_Degrees", limit]);
                }
            }
            if (!ModelState.IsValid)
            {
                return Page();
            }
            await moderation.ApproveEntryAsync(
                User.RequiredAccountId(),
                Pending,
                latitude!.Value,
                longitude!.Value,
                cancellationToken
            );
        }
        else
        {
            await moderation.ApproveAsync(User.RequiredAccountId(), Pending, cancellationToken);
        }
        await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, cancellationToken);
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
        Changes = pending.Change.IsNewEntry
            ? await EntryAsync(pending.Change.ProposedEntry, cancellationToken)
            : pending.Change.Proposed.Changes(CompanyEdit.Of(pending.Place.Details));
        return true;
    }

    /// <summary>A new entry's parts as the company wrote them (nothing stood before).</summary>
    private async Task<IReadOnlyList<(string Key, string Before, string After)>> EntryAsync(
        PlaceDetails d,
        CancellationToken cancellationToken
    )
    {
        var commune = (await territory.GetAsync(cancellationToken)).Commune(d.CommuneInsee);
        return
        [
            ("Form_Name", "", d.Name),
            ("Index_Kind", "", wording.Kind(d.Kind)),
            ("Form_Street", "", $"{d.Street}, {d.PostalCode} {commune}".TrimStart(',', ' ')),
            ("Entry_Siret", "", Siret.Display(d.Siret)),
            .. CompanyEdit.Of(d).Changes(CompanyEdit.Empty),
        ];
    }
}

/// <summary>The coordinates an agent gives a company's new entry, as typed.</summary>
internal sealed class EntryPosition
{
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }
}
