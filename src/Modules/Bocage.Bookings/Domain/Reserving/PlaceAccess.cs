using Bocage.Bookings.Data;
using Bocage.Kernel.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// The resources an agent runs: those of the communes of their grant, and the intercommunality's with a grant on
/// the whole territory. Every back-office page reads resources through here, so none shows another commune's.
/// </summary>
internal sealed class PlaceAccess(BookingsDb db, PermissionChecker permissions)
{
    /// <summary>Where the agent may run places: the communes of their grant, or everything.</summary>
    public Task<AccessScope> ScopeAsync(string accountId, CancellationToken cancellationToken) =>
        permissions.ScopeAsync(accountId, BookingsModule.ManagePermission, cancellationToken);

    public async Task<List<Resource>> ResourcesAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(accountId, cancellationToken);
        var query = db.Resources.AsNoTracking().WithinScope(scope, r => r.CommuneInsee);
        return await query.OrderBy(r => r.Name).ToListAsync(cancellationToken);
    }

    public async Task<Resource?> ResourceAsync(string accountId, string slug, CancellationToken cancellationToken) =>
        (await ResourcesAsync(accountId, cancellationToken)).SingleOrDefault(r => r.Slug == slug);
}
