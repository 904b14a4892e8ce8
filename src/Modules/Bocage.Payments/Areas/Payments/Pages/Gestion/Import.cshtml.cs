using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>
/// Sending a CSV of invoices: the file goes through the kernel's upload checks and antivirus, then a
/// background job imports it while the agent follows its progress on the job's page.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
[RequestSizeLimit(ImportQueue.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportQueue.MaxBytes + 64 * 1024)]
internal sealed class ImportModel(ImportQueue queue, AuditLog audit, IStringLocalizer<PaymentsResource> text)
    : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportJob> Jobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Jobs = await queue.RecentAsync(User.RequiredAccountId(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["ImportFileRequired"]);
            await OnGetAsync(cancellationToken);
            return Page();
        }
        ImportQueued queued;
        await using (var content = Upload.OpenReadStream())
        {
            queued = await queue.EnqueueAsync(
                content,
                Upload.FileName,
                Upload.ContentType,
                User.RequiredAccountId(),
                cancellationToken
            );
        }
        if (queued.JobId is not { } jobId)
        {
            ModelState.AddModelError(
                nameof(Upload),
                queued.UploadRefusal
                    ?? text[
                        queued.RefusalKey!,
                        InvoiceImport.MaxLines.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)
                    ]
            );
            await OnGetAsync(cancellationToken);
            return Page();
        }
        await audit.AppendAsync(
            AuditActor.Of(User),
            "payments.invoice.import.queue",
            $"payments:import:{jobId}",
            null,
            $"file:{Path.GetFileName(Upload.FileName)}",
            cancellationToken: cancellationToken
        );
        return Redirect($"/gestion/factures/import/{jobId}");
    }
}
