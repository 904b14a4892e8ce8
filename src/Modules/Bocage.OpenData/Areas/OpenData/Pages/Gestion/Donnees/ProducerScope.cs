using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Donnees;

/// <summary>
/// The organisations a producer may publish for: those of the grant, and the town halls of its communes.
/// </summary>
internal sealed class ProducerScope(PermissionChecker permissions, KernelDb kernel, Bocage.OpenData.Data.OpenDataDb db)
{
    /// <summary>
    /// A producer's dataset with its resources, or null when it does not exist or belongs to an organisation out of the
    /// grant.
    /// </summary>
    public async Task<Domain.Catalogue.Dataset?> DatasetAsync(
        string accountId,
        string slug,
        CancellationToken cancellationToken
    )
    {
        var dataset = await db
            .Datasets.AsNoTracking()
            .Include(d => d.Resources)
            .FirstOrDefaultAsync(d => d.Slug == slug && d.SourceModule == null, cancellationToken);
        if (dataset is null)
        {
            return null;
        }
        var allowed = await OrganisationsAsync(accountId, cancellationToken);
        return allowed.Any(o => o.Slug == dataset.OrganisationSlug) ? dataset : null;
    }

    public async Task<IReadOnlyList<Organisation>> OrganisationsAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var scope = await permissions.ScopeAsync(accountId, OpenDataModule.PublishPermission, cancellationToken);
        var all = await kernel.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return all.Where(o => scope.AllowsOrganisation(o.Slug, o.CommuneInsee)).ToList();
    }
}
