using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Web.Pages.Gestion;

/// <summary>The services and partner structures rights are given on; administrators add partners here.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PermissionChecker.Administrator)]
public sealed class OrganisationsModel(KernelDb kernel, AuditLog audit, IStringLocalizer<SharedResource> text)
    : PageModel
{
    public sealed record InputModel
    {
        [
            Required(ErrorMessage = "OrganisationNameRequired"),
            StringLength(200, ErrorMessage = "OrganisationNameTooLong")
        ]
        public string Name { get; init; } = "";

        [StringLength(2000, ErrorMessage = "DescriptionTooLong")]
        public string? Description { get; init; }

        public string? Commune { get; init; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!string.IsNullOrEmpty(Input.Commune) && Communes.All(c => c.Insee != Input.Commune))
        {
            ModelState.AddModelError("Input.Commune", text["CommuneInvalid"]);
        }
        var slug = Slugs.From(Input.Name ?? "");
        if (ModelState.IsValid && (slug.Length == 0 || Organisations.Any(o => o.Slug == slug)))
        {
            ModelState.AddModelError("Input.Name", text["OrganisationExists"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        kernel.Organisations.Add(
            new Organisation(
                slug,
                (Input.Name ?? "").Trim(),
                OrganisationKind.Partner,
                string.IsNullOrEmpty(Input.Commune) ? null : Input.Commune,
                Input.Description?.Trim() ?? ""
            )
        );
        await kernel.SaveChangesAsync();
        await audit.AppendAsync(
            AuditActor.Of(User),
            "kernel.organisation.create",
            $"organisation:{slug}",
            Input.Commune
        );
        Notice = "OrganisationCreated";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Organisations = await kernel
            .Organisations.AsNoTracking()
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.Name)
            .ToListAsync();
        Communes = await kernel.Communes.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
    }
}
