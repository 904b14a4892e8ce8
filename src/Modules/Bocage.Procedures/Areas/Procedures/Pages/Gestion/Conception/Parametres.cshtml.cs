using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>Changes a procedure's settings (not its address, which people may have kept).</summary>
internal sealed class ParametresModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        await LoadOwnersAsync();
        Input = SettingsInput.From(Procedure);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        await LoadOwnersAsync();
        var errors = Input.Check(Scope, Communes, Services, out var service);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }
        Input.Apply(Procedure, service);
        await Designer.SaveSettingsAsync(AccountId, Procedure, HttpContext.RequestAborted);
        return Back("DesignSaved", "Procedure");
    }
}
