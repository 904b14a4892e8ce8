using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Domain.Designer.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>
/// Downloads a procedure's files reachable by the instructing agent as CSV or XLSX; each export is audited.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + ProceduresModule.Instruct)]
internal sealed class ExportModel(FileExport export, PermissionChecker permissions, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string format)
    {
        if (
            format is not ("csv" or "xlsx")
            || await export.FindAsync(id, HttpContext.RequestAborted) is not { } procedure
        )
        {
            return NotFound();
        }
        var accountId = User.RequiredAccountId();
        var scope = await permissions.ScopeAsync(accountId, ProceduresModule.Instruct, HttpContext.RequestAborted);
        await audit.AppendAsync(
            AuditActor.Of(accountId),
            "procedures.files.export",
            $"procedure:{procedure.Slug}",
            procedure.CommuneInsee,
            format,
            cancellationToken: HttpContext.RequestAborted
        );
        Response.ContentType =
            format == "csv"
                ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{procedure.Slug}.{format}\"";
        Bocage.Kernel.Web.PersonalDownloads.NoStore(Response);
        if (format == "csv")
        {
            await export.WriteCsvAsync(Response.Body, procedure, scope, HttpContext.RequestAborted);
        }
        else
        {
            await export.WriteXlsxAsync(Response.Body, procedure, scope, HttpContext.RequestAborted);
        }
        return new EmptyResult();
    }
}
