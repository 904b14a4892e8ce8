using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>
/// Importing a CSV of invoices. The file is read as text and never stored (nothing is served back
/// from it), so it does not go through the antivirus like kept uploads do.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
internal sealed class ImportModel(RegieAccess access, InvoiceImport import, AuditLog audit, IStringLocalizer<PaymentsResource> text) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["ImportFileRequired"]);
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["ImportFileTooLarge"]);
            return Page();
        }
        var regies = await access.RegiesAsync(AgentIdentity.Of(User), cancellationToken);
        using var reader = new StreamReader(Upload.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Report = await import.RunAsync(reader, regies, cancellationToken);
        await audit.AppendAsync(AgentIdentity.Actor(User), "payments.invoice.import", $"file:{Path.GetFileName(Upload.FileName)}", null,
            $"issued={Report.Issued} refused={Report.Refused.Count} amount={Report.IssuedCents}", cancellationToken: cancellationToken);
        return Page();
    }
}
