using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Companies;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>The places an agent describes (<c>/gestion/lieux</c>), and the way to add one.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
internal sealed class IndexModel(PlaceScope scope, ChangeModeration moderation, TerritoryNames territory) : PageModel
{
    public IReadOnlyList<Place> Places { get; private set; } = [];

    public CollectivityNames Names { get; private set; } = null!;

    /// <summary>Companies' changes waiting in the agent's communes.</summary>
    public int PendingChanges { get; private set; }

    public IReadOnlyList<(string Slug, string Name, int LengthMetres)> Circuits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Places = await scope.PlacesAsync(User.RequiredAccountId(), cancellationToken);
        Names = await territory.GetAsync(cancellationToken);
        Circuits = await scope.CircuitsAsync(User.RequiredAccountId(), cancellationToken);
        PendingChanges = await moderation.CountPendingAsync(User.RequiredAccountId(), cancellationToken);
    }
}
