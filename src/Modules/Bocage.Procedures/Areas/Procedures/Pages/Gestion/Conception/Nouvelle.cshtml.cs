using System.Text.RegularExpressions;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>Creates a procedure with its settings and an empty first draft version.</summary>
internal sealed partial class NouvelleModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadOwnersAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadOwnersAsync();
        var errors = Input.Check(Scope, Communes, Services, out var service);
        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? Slugs.From(Input.Title ?? "") : Input.Slug.Trim();
        if (slug.Length is 0 or > 120 || !SlugShape().IsMatch(slug))
        {
            errors.Add(new("Slug", "DesignSlugShape"));
        }
        else if (await Designer.SlugTakenAsync(slug, null, HttpContext.RequestAborted))
        {
            errors.Add(new("Slug", "DesignSlugTaken", slug));
        }
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }
        var procedure = Procedure.Create(slug, Input.Title!.Trim(), Designer.Now);
        Input.Apply(procedure, service);
        await Designer.CreateAsync(AccountId, procedure, HttpContext.RequestAborted);
        Notice = "DesignCreated";
        return RedirectToPage("Procedure", new { id = procedure.Id });
    }
}
