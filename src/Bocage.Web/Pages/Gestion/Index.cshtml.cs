using Bocage.Kernel.Modules;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The back-office home: what this agent may do, and where.</summary>
[Authorize]
public sealed class IndexModel(UserManager<Account> users, PermissionChecker permissions, ModuleRegistry modules) : PageModel
{
    /// <summary>The engines' back-office tools this agent may use (menu entries that need a permission).</summary>
    public IReadOnlyList<MenuEntry> EngineTools { get; private set; } = [];

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
        var tools = new List<MenuEntry>();
        foreach (var entry in modules.Menu.Where(m => m.Permission is not null))
        {
            if (await permissions.MayAsync(id, entry.Permission!))
            {
                tools.Add(entry);
            }
        }
        EngineTools = tools;
    }
}
