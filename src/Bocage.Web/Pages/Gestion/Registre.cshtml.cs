using Bocage.Kernel.Modules;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The register of processing activities (RGPD article 30), as the enabled engines declare it.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PermissionChecker.Administrator)]
public sealed class RegistreModel(ModuleRegistry modules) : PageModel
{
    public IReadOnlyList<(string Engine, ProcessingActivity Activity)> Activities { get; private set; } = [];

    public void OnGet() =>
        Activities = modules.Modules.SelectMany(m => m.ProcessingActivities.Select(a => (m.Name, a))).ToList();
}
