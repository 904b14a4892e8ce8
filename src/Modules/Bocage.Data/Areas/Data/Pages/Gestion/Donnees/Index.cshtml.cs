using System.ComponentModel.DataAnnotations;
using Bocage.Data.Catalogue;
using Bocage.Data.Data;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Data.Areas.Data.Pages.Gestion.Donnees;

/// <summary>The producer's datasets, and the form that creates one.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + DataModule.PublishPermission)]
internal sealed class IndexModel(DataDb db, ProducerScope producers, Publisher publisher) : PageModel
{
    public sealed class DatasetInput
    {
        [Required(ErrorMessage = "Indiquez le titre du jeu de données."), StringLength(200, MinimumLength = 3, ErrorMessage = "Le titre compte de 3 à 200 caractères.")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Décrivez le jeu de données en quelques phrases."), StringLength(4000, ErrorMessage = "La description dépasse 4 000 caractères.")]
        public string Description { get; set; } = "";

        public string Theme { get; set; } = "Territoire";

        [Required(ErrorMessage = "Choisissez l'organisation productrice.")]
        public string Organisation { get; set; } = "";

        public string Frequency { get; set; } = "Annuelle";
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
            ModelState.AddModelError("Input.Organisation", "Choisissez une organisation pour laquelle vous pouvez publier.");
        }
        if (!Publisher.Themes.Contains(Input.Theme))
        {
            ModelState.AddModelError("Input.Theme", "Choisissez un thème de la liste.");
        }
        if (!Publisher.Frequencies.Contains(Input.Frequency))
        {
            ModelState.AddModelError("Input.Frequency", "Choisissez une fréquence de la liste.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var dataset = await publisher.CreateAsync(new DatasetDraft(Input.Title, Input.Description, Input.Theme, organisation!.Slug, organisation.Name,
            organisation.CommuneInsee, Input.Frequency, Dataset.DefaultLicence), $"account:{User.AccountId()}", cancellationToken);
        return Redirect($"/gestion/donnees/{dataset.Slug}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await producers.OrganisationsAsync(User.AccountId(), cancellationToken);
        var slugs = Organisations.Select(o => o.Slug).ToList();
        Datasets = await db.Datasets.AsNoTracking().Include(d => d.Resources)
            .Where(d => d.SourceModule == null && slugs.Contains(d.OrganisationSlug)).OrderBy(d => d.Title).ToListAsync(cancellationToken);
    }
}

internal static class AccountIds
{
    public static string AccountId(this System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
}
