using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Web.Pages.Comptes;

/// <summary>Everything the platform holds about the person, as a ZIP of JSON files.</summary>
[Authorize]
public sealed class ExportModel(PersonalDataExport export, AuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var accountId = User.AccountId();
        if (accountId is null)
        {
            return Challenge();
        }
        var buffer = new MemoryStream();
        await export.WriteZipAsync(accountId, buffer, cancellationToken);
        buffer.Position = 0;
        await audit.AppendAsync(
            AuditActor.Of(accountId),
            "accounts.data.export",
            AuditActor.Of(accountId),
            cancellationToken: cancellationToken
        );
        var date = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd");
        Bocage.Kernel.Web.PersonalDownloads.NoStore(Response);
        return File(buffer, "application/zip", $"mes-donnees-bocage-{date}.zip");
    }
}
