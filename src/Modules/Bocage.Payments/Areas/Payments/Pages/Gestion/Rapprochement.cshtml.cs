using System.Globalization;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Settlement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>The daily reconciliation report of a régie, on screen and as CSV for the accounting software.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class RapprochementModel(
    RegieAccess access,
    Reconciliation reconciliation,
    AuditLog audit,
    SharedText text,
    TimeProvider clock
) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "regie")]
    public Guid? RegieId { get; set; }

    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Day { get; set; }

    public List<Regie> Regies { get; private set; } = [];

    public ReconciliationDay? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Report is null)
        {
            return NotFound();
        }
        await audit.AppendAsync(
            AuditActor.Of(User),
            "payments.reconciliation.export",
            $"regie:{Report.Regie.Code}",
            Report.Regie.CommuneInsee,
            Report.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            cancellationToken: cancellationToken
        );
        var bytes = System
            .Text.Encoding.UTF8.GetPreamble()
            .Concat(System.Text.Encoding.UTF8.GetBytes(Reconciliation.Csv(Report)))
            .ToArray();
        Kernel.Web.PersonalDownloads.NoStore(Response);
        return File(bytes, "text/csv; charset=utf-8", $"rapprochement-{Report.Regie.Code}-{Report.Day:yyyy-MM-dd}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Regies = await access.RegiesAsync(User.RequiredAccountId(), cancellationToken);
        var regie = Regies.FirstOrDefault(r => r.Id == RegieId) ?? Regies.FirstOrDefault();
        // A day outside the kernel's range (9999-12-31 has no next day) or unreadable is refused at the field with
        // the kernel's message, and today's report shown meanwhile.
        var day = DateInputs.Checked(ModelState, "jour", Day, text)
            ?? DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));
        Day = day;
        if (regie is not null)
        {
            RegieId = regie.Id;
            Report = await reconciliation.DayAsync(regie, day, cancellationToken);
        }
    }
}
