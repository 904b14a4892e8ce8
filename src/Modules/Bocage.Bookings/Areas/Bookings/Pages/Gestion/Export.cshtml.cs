using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>A place's bookings as CSV or XLSX, for its agents only; each export is audited (it holds names).</summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class ExportModel(PlaceAccess access, BookingExport export, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string format, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }
        await audit.AppendAsync(
            AuditActor.Of(User),
            "bookings.export",
            $"booking:{resource.Slug}",
            resource.CommuneInsee,
            format,
            cancellationToken: cancellationToken
        );
        return format == "csv"
            ? File(
                await export.CsvAsync(resource, cancellationToken),
                BookingExport.CsvType,
                BookingExport.FileName(resource, "csv")
            )
            : File(
                await export.XlsxAsync(resource, cancellationToken),
                BookingExport.XlsxType,
                BookingExport.FileName(resource, "xlsx")
            );
    }
}
