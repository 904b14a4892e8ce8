using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>A read-only rendering of the draft, or of any version (<c>?version=N</c>), as people will see it.</summary>
internal sealed class ApercuModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    public ProcedureVersion Version { get; private set; } = null!;

    public FormSchema Form { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(Guid id, int? version)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        var chosen = version is null ? Draft : Procedure.Versions.FirstOrDefault(v => v.Number == version);
        if (chosen is null)
        {
            return NotFound();
        }
        Version = chosen;
        Form = chosen.Form;
        return Page();
    }
}
