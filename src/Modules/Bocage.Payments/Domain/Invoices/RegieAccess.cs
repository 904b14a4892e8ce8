using Bocage.Kernel.Permissions;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>
/// Which régies a finance agent may act on: those of the communes of their grants; the
/// intercommunality's régies need a grant on the whole territory.
/// </summary>
internal sealed class RegieAccess(PaymentsDb db, PermissionChecker permissions)
{
    public async Task<AccessScope> ScopeAsync(string accountId, CancellationToken cancellationToken) =>
        await permissions.ScopeAsync(accountId, PaymentsModule.ManagePermission, cancellationToken);

    public static bool Allows(AccessScope scope, string? communeInsee) =>
        communeInsee is null ? scope.Everything : scope.AllowsCommune(communeInsee);

    public async Task<List<Regie>> RegiesAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(accountId, cancellationToken);
        var query = db.Regies.AsNoTracking();
        if (!scope.Everything)
        {
            var communes = scope.Communes.ToList();
            query = query.Where(r => r.CommuneInsee != null && communes.Contains(r.CommuneInsee));
        }
        return await query.OrderBy(r => r.Code).ToListAsync(cancellationToken);
    }

    /// <summary>The régie when the agent may act on it, else null (the page answers 404, revealing nothing).</summary>
    public async Task<Regie?> FindAsync(string accountId, Guid regieId, CancellationToken cancellationToken)
    {
        var regie = await db.Regies.SingleOrDefaultAsync(r => r.Id == regieId, cancellationToken);
        return regie is not null && Allows(await ScopeAsync(accountId, cancellationToken), regie.CommuneInsee)
            ? regie
            : null;
    }
}
