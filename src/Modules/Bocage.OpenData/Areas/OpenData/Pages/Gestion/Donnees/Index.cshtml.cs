using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Donnees;

/// <summary>The producer's datasets, and the form that creates one.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + OpenDataModule.PublishPermission)]
internal sealed class IndexModel(
    OpenDataDb db,
    ProducerScope producers,
    Publisher publisher,
    IStringLocalizer<OpenDataResource> text
) : PageModel
{
    public sealed class DatasetInput : DatasetDescriptionInput
    {
        public DatasetInput()
        {
            Theme = "Territoire";
            Frequency = "Annuelle";
        }

        [Required(ErrorMessage = "Producer_ErrorOrganisation")]
        public string Organisation { get; set; } = "";
    }

    [BindProperty]
    public DatasetInput Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<Dataset> Datasets { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var organisation = Organisations.FirstOrDefault(o => o.Slug == Input.Organisation);
        if (organisation is null)
        {
            ModelState.AddModelError("Input.Organisation", "Producer_ErrorOrganisationScope");
        }
        Input.CheckLists(ModelState);
        FormErrors.Localize(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var dataset = await publisher.CreateAsync(
            new DatasetDraft(
                Input.Title,
                Input.Description,
                Input.Theme,
                organisation!.Slug,
                organisation.Name,
                organisation.CommuneInsee,
                Input.Frequency,
                Dataset.DefaultLicence
            ),
            AuditActor.Of(User),
            cancellationToken
        );
        return Redirect($"/gestion/donnees/{dataset.Slug}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await producers.OrganisationsAsync(User.AccountId(), cancellationToken);
        var slugs = Organisations.Select(o => o.Slug).ToList();
        Datasets = await db
            .Datasets.AsNoTracking()
            .Include(d => d.Resources)
            .Where(d => d.SourceModule == null && slugs.Contains(d.OrganisationSlug))
            .OrderBy(d => d.Title)
            .ToListAsync(cancellationToken);
    }
}

internal static class AccountIds
{
    public static string AccountId(this System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
}
