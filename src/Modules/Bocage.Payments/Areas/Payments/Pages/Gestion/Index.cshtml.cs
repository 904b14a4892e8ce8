using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>The finance agent's desk: the régies they may act on and their latest invoices.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class IndexModel(RegieAccess access, PaymentsDb db, InvoiceViews views) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "regie")]
    public Guid? RegieFilter { get; set; }

    public List<Regie> Regies { get; private set; } = [];

    public IReadOnlyList<InvoiceView> Invoices { get; private set; } = [];

    public Dictionary<string, string> CommuneNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Regies = await access.RegiesAsync(User.RequiredAccountId(), cancellationToken);
        CommuneNames = await views.CommuneNamesAsync(cancellationToken);
        var ids = Regies.Select(r => r.Id).Where(id => RegieFilter is null || id == RegieFilter).ToList();
        var invoices = await db
            .Invoices.AsNoTracking()
            .Where(i => ids.Contains(i.RegieId))
            .OrderByDescending(i => i.IssuedAtUtc)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        Invoices = await views.DescribeAsync(invoices, cancellationToken);
    }
}
