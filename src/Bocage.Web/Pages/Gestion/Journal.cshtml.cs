using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The audit log, filtered, limited to the communes the reader may see.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + AuditPermissions.Read)]
public sealed class JournalModel(KernelDb db, PermissionChecker permissions) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "acteur")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await permissions.ScopeAsync(User.RequiredAccountId(), AuditPermissions.Read, cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!scope.Everything)
        {
            var communes = scope.Communes.ToList();
            query = query.Where(e => e.CommuneInsee != null && communes.Contains(e.CommuneInsee));
        }
        if (!string.IsNullOrWhiteSpace(ActionFilter))
        {
            query = query.Where(e => e.Action.StartsWith(ActionFilter.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(e => e.Actor == Actor.Trim() || e.OnBehalfOf == Actor.Trim());
        }
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            query = query.Where(e => e.CommuneInsee == Commune.Trim());
        }
        PageNumber = Math.Max(1, PageNumber);
        var rows = await query
            .OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
    }
}
