using Bocage.Kernel.Accounts;
using Bocage.Kernel.Mandates;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The mediator's list of people who gave them a mandate that is still running.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + MandateScopes.MediatorPermission)]
public sealed class MandatsModel(MandateRegistry mandates, AccountsDb accounts) : PageModel
{
    public IReadOnlyList<Mandate> Active { get; private set; } = [];

    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        Active = await mandates.ActiveForMediatorAsync(User.RequiredAccountId());
        var ids = Active.Select(m => m.PersonId).Distinct().ToList();
        People = await accounts
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.GivenName + " " + u.FamilyName);
    }
}
