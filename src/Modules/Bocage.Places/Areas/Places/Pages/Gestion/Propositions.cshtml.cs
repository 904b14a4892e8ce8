using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Places.Domain.Companies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>Companies' changes waiting for the agent (<c>/gestion/lieux/propositions</c>), oldest first.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
internal sealed class PropositionsModel(ChangeModeration moderation) : PageModel
{
    public IReadOnlyList<PendingChange> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pending = await moderation.PendingAsync(User.RequiredAccountId(), cancellationToken);
}
