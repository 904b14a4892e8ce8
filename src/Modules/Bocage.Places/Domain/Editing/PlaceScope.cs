using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Bocage.Places.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Editing;

/// <summary>
/// The places an agent describes: those of the communes of their grant, every place with a grant on the whole
/// territory. Every back-office page reads places through here, so none shows or saves another commune's.
/// </summary>
internal sealed class PlaceScope(PlacesDb db, PermissionChecker permissions, TerritoryNames territory)
{
    public Task<AccessScope> ScopeAsync(string accountId, CancellationToken cancellationToken) =>
        permissions.ScopeAsync(accountId, PlacesModule.ManagePermission, cancellationToken);

    /// <summary>The communes of the agent's grant (INSEE code, name), by name.</summary>
    public async Task<List<(string Insee, string Name)>> CommunesAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var allowed = await ScopeAsync(accountId, cancellationToken);
        var names = await territory.GetAsync(cancellationToken);
        return names
            .Communes.Where(c => allowed.AllowsCommune(c.Key))
            .OrderBy(c => c.Value, StringComparer.CurrentCulture)
            .Select(c => (c.Key, c.Value))
            .ToList();
    }

    public async Task<List<Place>> PlacesAsync(string accountId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(accountId, cancellationToken);
        var query = db.Places.AsNoTracking().WithinScope(scope, p => p.Details.CommuneInsee);
        return await query.OrderBy(p => p.Details.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The place, tracked for an update, when it is in the agent's scope; otherwise null.</summary>
    public async Task<Place?> PlaceAsync(string accountId, string slug, CancellationToken cancellationToken)
    {
        var place = await db.Places.SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        var scope = await ScopeAsync(accountId, cancellationToken);
        return place is not null && scope.AllowsCommune(place.Details.CommuneInsee) ? place : null;
    }

    /// <summary>The circuits starting in the agent's communes, without their tracks.</summary>
    public async Task<List<(string Slug, string Name, int LengthMetres)>> CircuitsAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var scope = await ScopeAsync(accountId, cancellationToken);
        return (
            await db
                .Circuits.AsNoTracking()
                .WithinScope(scope, c => c.StartCommuneInsee)
                .OrderBy(c => c.Name)
                .Select(c => new
                {
                    c.Slug,
                    c.Name,
                    c.LengthMetres,
                })
                .ToListAsync(cancellationToken)
        ).Select(c => (c.Slug, c.Name, c.LengthMetres)).ToList();
    }

    /// <summary>The circuit, tracked for an update, when it starts in the agent's scope; otherwise null.</summary>
    public async Task<Circuit?> CircuitAsync(string accountId, string slug, CancellationToken cancellationToken)
    {
        var circuit = await db.Circuits.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        var scope = await ScopeAsync(accountId, cancellationToken);
        return circuit is not null && scope.AllowsCommune(circuit.StartCommuneInsee) ? circuit : null;
    }
}
