using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The versions of a procedure: the draft, the published ones, the one new files start on.</summary>
internal sealed class VersionsModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadProcedureAsync(id) ? Page() : NotFound();
}
