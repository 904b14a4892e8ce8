using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Gestion;

/// <summary>One staff account: its permissions and where they apply, given and taken back; access suspended.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PermissionChecker.Administrator)]
public sealed class AgentModel(
    AccountsDb accounts,
    KernelDb kernel,
    ModuleRegistry modules,
    StaffAccess staff,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text
) : PageModel
{
    /// <summary>"*" for the whole territory, otherwise an organisation's slug.</summary>
    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? Permission { get; set; }

    public Account Agent { get; private set; } = null!;

    public IReadOnlyList<Grant> Grants { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<PermissionDefinition> Permissions { get; private set; } = [];

    public bool Suspended { get; private set; }

    /// <summary>An authenticator application or at least one passkey.</summary>
    public bool HasSecondFactor { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Permissions.All(p => p.Key != Permission))
        {
            ModelState.AddModelError(nameof(Permission), text["PermissionRequired"]);
        }
        if (Scope != "*" && Organisations.All(o => o.Slug != Scope))
        {
            ModelState.AddModelError(nameof(Scope), text["OrganisationRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var scope = Scope == "*" ? GrantScope.Territory : GrantScope.Organisation(Scope!);
        await staff.GrantAsync(Agent.Id, Permission!, scope, Scope!, AuditActor.Of(User));
        Notice = "GrantAdded";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, Guid grant)
    {
        Notice = await staff.RevokeAsync(id, grant, AuditActor.Of(User)) ? "GrantRemoved" : "GrantNotFound";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSuspendAsync(string id, bool suspend)
    {
        if (!await staff.SuspendAsync(id, suspend, User.RequiredAccountId()))
        {
            return NotFound();
        }
        Notice = suspend ? "AgentSuspended" : "AgentRestored";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var agent = await accounts.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (agent is null || !StaffClaims.IsStaff(agent.Kind))
        {
            return false;
        }
        Agent = agent;
        HasSecondFactor = agent.TwoFactorEnabled || await accounts.UserPasskeys.AnyAsync(p => p.UserId == id);
        Suspended = agent.LockoutEnd is { } end && end > clock.GetUtcNow().AddYears(1);
        Grants = await accounts
            .Grants.AsNoTracking()
            .Where(g => g.AccountId == id)
            .OrderBy(g => g.Permission)
            .ToListAsync();
        Organisations = await kernel
            .Organisations.AsNoTracking()
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.Name)
            .ToListAsync();
        Permissions = modules.Modules.SelectMany(m => m.Permissions).ToList();
        return true;
    }
}
