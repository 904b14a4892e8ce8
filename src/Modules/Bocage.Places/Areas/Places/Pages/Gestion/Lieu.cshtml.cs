using Bocage.Bookings.Contracts;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
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
    IStringLocalizer<PlacesResource> text,
    SharedText shared,
    IOutputCacheStore cache,
    IEnumerable<IBookingCatalog> bookings
) : PageModel, IPlaceFormPage
{
    [BindProperty]
    public PlaceForm Input { get; set; } = new();

    /// <summary>The place being edited; null for a new one.</summary>
    public Place? Place { get; private set; }

    public IReadOnlyList<(string Value, string Label)> Communes { get; private set; } = [];

    /// <summary>The bookable resources of the place's commune, to tick those that stand here.</summary>
    public IReadOnlyList<Bookable> Offered { get; private set; } = [];

    /// <summary>The slugs ticked « réservable ici »: the booking page of each shows this place.</summary>
    [BindProperty(Name = "reservables")]
    public List<string> Bookables { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = Place is null ? new PlaceForm { Commune = Communes.FirstOrDefault().Value } : PlaceForm.Of(Place);
        Bookables = Place is null ? [] : [.. Place.Values(Place.Details.Bookables)];
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
        var details = Input.CheckInto(Place?.Details, ModelState, text);
        if (details is null)
        {
            return Page();
        }
        var saved = await editor.SaveAsync(
            User.RequiredAccountId(),
            Place,
            details with
            {
                Bookables = Ticked(details.Bookables),
            },
            (closedUntil, (Input.ClosedReason ?? "").Trim()),
            cancellationToken
        );
        // The agent lands on the public page: it shows the change, not its cached copy.
        await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/annuaire/{saved.Slug}");
    }

    /// <summary>
    /// The bookables ticked among those offered, with those the place lists from elsewhere kept (another commune's,
    /// an import's): the form shows only the commune's.
    /// </summary>
    private string Ticked(string listed)
    {
        var offered = Offered.Select(b => b.Slug).ToHashSet();
        var kept = Place.Values(listed).Where(s => !offered.Contains(s));
        return string.Join('|', kept.Concat(Bookables.Where(offered.Contains)).Distinct());
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        Place = slug is null ? null : await scope.PlaceAsync(accountId, slug, cancellationToken);
        if (slug is not null && Place is null)
        {
            return false;
        }
        Communes = (await scope.CommunesAsync(accountId, cancellationToken)).Select(c => (c.Insee, c.Name)).ToList();
        // The bookings engine may be switched off: then the form has no « réservable ici » to tick.
        if (Place is not null && bookings.FirstOrDefault() is { } catalog)
        {
            Offered = await catalog.InCommuneAsync(Place.Details.CommuneInsee, cancellationToken);
        }
        return true;
    }
}
