using System.Text;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>
/// An import job as it runs, then its report. Without JavaScript the agent refreshes the page with its
/// link; htmx, when present, asks for the state every two seconds and stops once the job is over.
/// Only the agent who sent the file sees it.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class ImportProgressModel(ImportQueue queue, IStringLocalizer<PaymentsResource> text) : PageModel
{
    public const int ShownRefusals = 1000;

    public ImportJob Job { get; private set; } = null!;

    public IReadOnlyList<ImportRefusal> Refusals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await queue.FindAsync(id, User.RequiredAccountId(), cancellationToken);
        if (job is null)
        {
            return NotFound();
        }
        Job = job;
        if (job.State == ImportJobState.Done)
        {
            Refusals = await queue.RefusalsAsync(id, ShownRefusals, cancellationToken);
        }
        Response.Headers.Vary = "HX-Request";
        Response.Headers.CacheControl = "no-store";
        return Request.Headers.ContainsKey("HX-Request") ? Partial("_ImportState", this) : Page();
    }

    /// <summary>Every refused line and why, for a file with more refusals than the page shows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await queue.FindAsync(id, User.RequiredAccountId(), cancellationToken);
        if (job is null)
        {
            return NotFound();
        }
        var csv = new StringBuilder("ligne;motifs\n");
        foreach (var refusal in await queue.RefusalsAsync(id, int.MaxValue, cancellationToken))
        {
            var reasons = string.Join(" ", refusal.Reasons.Split(' ').Select(r => text[r].Value));
            csv.Append(
                Bocage.Kernel.Files.CsvCells.Line(
                    [refusal.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), reasons],
                    ';'
                )
            );
        }
        Bocage.Kernel.Web.PersonalDownloads.NoStore(Response);
        return File(
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8",
            $"import-{id:N}-refus.csv"
        );
    }
}
