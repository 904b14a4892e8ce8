using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The back-office home: what this agent may do, and where.</summary>
[Authorize]
public sealed class IndexModel(PermissionChecker permissions, ModuleRegistry modules) : PageModel
{
    /// <summary>The engines' back-office tools this agent may use (menu entries that need a permission).</summary>
    public IReadOnlyList<MenuEntry> EngineTools { get; private set; } = [];

    public bool IsAdministrator { get; private set; }

    public bool MayReadAudit { get; private set; }

    public bool IsMediator { get; private set; }

    public bool ReadsDashboard { get; private set; }

    public async Task OnGetAsync()
    {
        var holds = await permissions.HeldAsync(User.RequiredAccountId());
        IsAdministrator = holds(PermissionChecker.Administrator);
        MayReadAudit = holds(AuditPermissions.Read);
        IsMediator = holds(Kernel.Mandates.MandateScopes.MediatorPermission);
        ReadsDashboard = holds(DashboardPermissions.Read);
        var tools = modules.Menu.Where(m => m.Permission is not null && holds(m.Permission)).ToList();
        EngineTools = tools;
    }
}
