using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>
/// Common ground of the designer's pages: the permission, the procedure of the address loaded only
/// within the agent's scope (otherwise not found), mistakes shown at their field in French.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + DesignerService.Permission)]
internal abstract class DesignerPageModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : PageModel
{
    protected DesignerService Designer => designer;

    protected IStringLocalizer<ProceduresResource> Text => text;

    public Procedure Procedure { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    protected string AccountId => User.RequiredAccountId();

    /// <summary>Loads the procedure of the address; false when missing or outside the agent's scope.</summary>
    protected async Task<bool> LoadProcedureAsync(Guid id)
    {
        var procedure = await designer.FindAsync(AccountId, id, HttpContext.RequestAborted);
        if (procedure is null)
        {
            return false;
        }
        Procedure = procedure;
        return true;
    }

    public AccessScope Scope { get; private set; } = AccessScope.None;

    public IReadOnlyList<Bocage.Kernel.Territory.Commune> Communes { get; private set; } = [];

    public IReadOnlyList<Bocage.Kernel.Territory.Organisation> Services { get; private set; } = [];

    /// <summary>The agent's scope and the communes and services a procedure may belong to.</summary>
    protected async Task LoadOwnersAsync()
    {
        Scope = await designer.ScopeAsync(AccountId, HttpContext.RequestAborted);
        Communes = await designer.CommunesAsync(HttpContext.RequestAborted);
        Services = await designer.ServicesAsync(Scope, HttpContext.RequestAborted);
    }

    protected ProcedureVersion Draft => Procedure.DraftVersion(designer.Now);

    protected void AddErrors(IEnumerable<DesignError> errors, string prefix = "Input.")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(
                error.Input.Length == 0 ? "" : prefix + error.Input,
                text[error.MessageKey, error.Arguments]
            );
        }
    }

    protected IActionResult Back(string notice, string? page = null, object? route = null)
    {
        Notice = notice;
        return RedirectToPage(page, route ?? new { id = Procedure.Id });
    }
}
