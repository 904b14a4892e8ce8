using Bocage.Kernel.Companies;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The companies waiting for their proof, for the agents who check them.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + CompanyPermissions.Verify)]
public sealed class EntreprisesModel(CompanyMemberships companies) : PageModel
{
    public IReadOnlyList<Company> Awaiting { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Awaiting = await companies.AwaitingProofAsync(cancellationToken);

    public static string SiretOf(Company company) => Siret.Display(company.Siret);
}
