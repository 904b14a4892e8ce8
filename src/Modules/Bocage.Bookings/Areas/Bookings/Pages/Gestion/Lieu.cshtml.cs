using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// Describe a place: a new one (<c>/gestion/reservations/nouveau</c>) in a commune of the agent's grant, or one they
/// run (<c>…/{slug}/modifier</c>). Opening hours are typed in OpenStreetMap's syntax and read back in words; each
/// mistake is told at its field, in French, with everything typed kept.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class LieuModel(
    PlaceAccess access,
    BookingsDb db,
    TerritoryNames territory,
    PlaceActions actions,
    IStringLocalizer<BookingsResource> text
) : PageModel
{
    [BindProperty]
    public ResourceForm Input { get; set; } = new();

    /// <summary>The place being edited; null for a new one.</summary>
    public Resource? Resource { get; private set; }

    public IReadOnlyList<(string Value, string Label)> Communes { get; private set; } = [];

    public IReadOnlyList<Resource> Trainings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = Resource is null
            ? new ResourceForm { Commune = Communes.FirstOrDefault().Value }
            : ResourceForm.Of(Resource);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (Resource is not null)
        {
            // The kind and the commune stay: the links and the agents' scope rely on them.
            (Input.Kind, Input.Commune) = (Resource.Kind.ToString(), Resource.CommuneInsee ?? "");
        }
        else if (!Communes.Any(c => c.Value == (Input.Commune ?? "")))
        {
            ModelState.AddModelError("Input.Commune", text["Form_CommuneInvalid"]);
        }
        if (Input.RequiredTraining is { Length: > 0 } t && !Trainings.Any(r => r.Id.ToString() == t))
        {
            ModelState.AddModelError("Input.RequiredTraining", text["Form_TrainingInvalid"]);
        }
        var (description, errors) = Input.Check(
            Resource?.Slug ?? await NewSlugAsync(Input.Name ?? "", cancellationToken)
        );
        foreach (var (field, key, arguments) in errors)
        {
            ModelState.AddModelError($"Input.{field}", text[key, arguments]);
        }
        if (description is null || !ModelState.IsValid)
        {
            return Page();
        }
        var saved = await actions.SaveAsync(User.RequiredAccountId(), Resource, description, cancellationToken);
        return Redirect($"/gestion/reservations/{saved.Slug}");
    }

    /// <summary>The address of a new place from its name, « -2 », « -3 »… when taken.</summary>
    private async Task<string> NewSlugAsync(string name, CancellationToken cancellationToken)
    {
        var root = Slugs.FirstFree(name, [], Resource.SlugMaxLength, "lieu");
        var taken = await db
            .Resources.Where(r => r.Slug.StartsWith(root))
            .Select(r => r.Slug)
            .ToListAsync(cancellationToken);
        return Slugs.FirstFree(name, taken, Resource.SlugMaxLength, "lieu");
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        var resources = await access.ResourcesAsync(accountId, cancellationToken);
        Resource = slug is null ? null : resources.SingleOrDefault(r => r.Slug == slug);
        if (slug is not null && Resource is null)
        {
            return false;
        }
        var scope = await access.ScopeAsync(accountId, cancellationToken);
        var names = await territory.GetAsync(cancellationToken);
        var communes = names
            .Communes.Where(c => scope.AllowsCommune(c.Key))
            .OrderBy(c => c.Value)
            .Select(c => (c.Key, c.Value));
        Communes = scope.Everything ? [("", names.Intercommunality), .. communes] : [.. communes];
        Trainings = resources.Where(r => r.Kind == ResourceKind.Training && r.Id != Resource?.Id).ToList();
        return true;
    }
}
