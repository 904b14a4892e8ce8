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

/// <summary>Payment attempts of the agent's régies: paid, refused, abandoned, still pending.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class PaiementsModel(RegieAccess access, PaymentsDb db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "etat")]
    public AttemptStatus? Status { get; set; }

    public List<PaymentAttempt> Attempts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = (await access.RegiesAsync(User.RequiredAccountId(), cancellationToken)).Select(r => r.Id).ToList();
        var query = db.Attempts.AsNoTracking().Where(a => ids.Contains(a.RegieId));
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        Attempts = await query.OrderByDescending(a => a.CreatedAtUtc).Take(200).ToListAsync(cancellationToken);
    }
}
