using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Data.Areas.Data.Pages.Gestion.Donnees;

/// <summary>The organisations a producer may publish for: those of the grant, and the town halls of its communes.</summary>
internal sealed class ProducerScope(PermissionChecker permissions, KernelDb kernel)
{
    public async Task<IReadOnlyList<Organisation>> OrganisationsAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await permissions.ScopeAsync(accountId, DataModule.PublishPermission, cancellationToken);
        var all = await kernel.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return all.Where(o => scope.AllowsOrganisation(o.Slug, o.CommuneInsee)).ToList();
    }
}
