using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Places.Domain.Circuits;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>
/// Replace a circuit's track by a GPX file (<c>/gestion/lieux/circuits/{slug}/trace</c>): its waypoints become
/// the steps when it has some. A refused file is told at the field, in French.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
[RequestSizeLimit(CircuitTracer.MaxBytes + 64 * 1024)]
internal sealed class TraceModel(
    PlaceScope scope,
    CircuitTracer tracer,
    IStringLocalizer<PlacesResource> text,
    IOutputCacheStore cache
) : PageModel
{
    public Circuit Circuit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? gpx, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (gpx is null || gpx.Length == 0)
        {
            ModelState.AddModelError("gpx", text["Trace_Missing"]);
            return Page();
        }
        await using var content = gpx.OpenReadStream();
        var problem = await tracer.TraceAsync(
            User.RequiredAccountId(),
            Circuit,
            content,
            gpx.FileName,
            cancellationToken
        );
        if (problem is not null)
        {
            ModelState.AddModelError("gpx", problem);
            return Page();
        }
        await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/circuits/{Circuit.Slug}");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var circuit = await scope.CircuitAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (circuit is null)
        {
            return false;
        }
        Circuit = circuit;
        return true;
    }
}
