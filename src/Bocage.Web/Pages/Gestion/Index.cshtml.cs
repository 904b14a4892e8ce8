using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The back-office home: what this agent may do, and where.</summary>
[Authorize]
public sealed class IndexModel(UserManager<Account> users, PermissionChecker permissions) : PageModel
{
    public bool IsAdministrator { get; private set; }

    public bool MayReadAudit { get; private set; }

    public bool IsMediator { get; private set; }

    public bool ReadsDashboard { get; private set; }

    public async Task OnGetAsync()
    {
        var id = users.GetUserId(User)!;
        IsAdministrator = await permissions.MayAsync(id, PermissionChecker.Administrator);
        MayReadAudit = await permissions.MayAsync(id, AuditPermissions.Read);
        IsMediator = await permissions.MayAsync(id, Kernel.Mandates.MandateScopes.MediatorPermission);
        ReadsDashboard = await permissions.MayAsync(id, DashboardPermissions.Read);
    }
}
