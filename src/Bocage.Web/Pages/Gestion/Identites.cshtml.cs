using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The communes (and the intercommunality) whose colour and emblem this agent may set.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + IdentityPermissions.Edit)]
public sealed class IdentitesModel(IdentityHolders holders, PermissionChecker permissions) : PageModel
{
    public IReadOnlyList<IdentityHolder> Holders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await permissions.ScopeAsync(User.RequiredAccountId(), IdentityPermissions.Edit, cancellationToken);
        Holders = (await holders.AllAsync(cancellationToken)).Where(h => h.EditableWithin(scope)).ToList();
    }
}
