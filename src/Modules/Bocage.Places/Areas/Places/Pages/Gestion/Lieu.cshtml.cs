using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>
/// Describe a place: a new one (<c>/gestion/lieux/nouveau</c>) in a commune of the agent's grant, or one of theirs
/// (<c>/gestion/lieux/{slug}/modifier</c>), with its translations and a temporary closure. Each mistake is told at
/// its field, in French, with everything typed kept; the hours are read back in words.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
internal sealed class LieuModel(
    PlaceScope scope,
    PlaceEditor editor,
    TerritoryNames territory,
    IStringLocalizer<PlacesResource> text,
    SharedText shared,
    IOutputCacheStore cache
) : PageModel, IPlaceFormPage
{
    [BindProperty]
    public PlaceForm Input { get; set; } = new();

    /// <summary>The place being edited; null for a new one.</summary>
    public Place? Place { get; private set; }

    public IReadOnlyList<(string Value, string Label)> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = Place is null ? new PlaceForm { Commune = Communes.FirstOrDefault().Value } : PlaceForm.Of(Place);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        // A place stays in its commune: the agents' scope and the links rely on it.
        if (Place is null && !Communes.Any(c => c.Value == (Input.Commune ?? "")))
        {
            ModelState.AddModelError("Input.Commune", text["Form_CommuneInvalid"]);
        }
        var closedUntil = DateInputs.Checked(ModelState, "Input.ClosedUntil", Input.ClosedUntil, shared);
        var (details, errors) = Input.Check(Place?.Details);
        foreach (var (field, key, arguments) in errors)
        {
            ModelState.AddModelError($"Input.{field}", text[key, arguments]);
        }
        if (details is null || !ModelState.IsValid)
        {
            return Page();
        }
        var saved = await editor.SaveAsync(
            User.RequiredAccountId(),
            Place,
            details,
            (closedUntil, (Input.ClosedReason ?? "").Trim()),
            cancellationToken
        );
        // The agent lands on the public page: it shows the change, not its cached copy.
        await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/annuaire/{saved.Slug}");
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        Place = slug is null ? null : await scope.PlaceAsync(accountId, slug, cancellationToken);
        if (slug is not null && Place is null)
        {
            return false;
        }
        var allowed = await scope.ScopeAsync(accountId, cancellationToken);
        var names = await territory.GetAsync(cancellationToken);
        Communes = names
            .Communes.Where(c => allowed.AllowsCommune(c.Key))
            .OrderBy(c => c.Value, StringComparer.CurrentCulture)
            .Select(c => (c.Key, c.Value))
            .ToList();
        return true;
    }
}
