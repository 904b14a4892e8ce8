using Bocage.Kernel.Permissions;
using Bocage.Places.Domain.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>The example file of the places' import (<c>/gestion/lieux/import/modele.csv</c>), for agents.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
internal sealed class ImportModeleModel : PageModel
{
    public IActionResult OnGet() =>
        File(PlaceCsvTemplate.Content(), "text/csv; charset=utf-8", PlaceCsvTemplate.FileName);
}
