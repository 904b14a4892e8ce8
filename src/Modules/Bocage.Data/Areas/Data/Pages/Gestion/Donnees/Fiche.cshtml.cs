using System.ComponentModel.DataAnnotations;
using Bocage.Data.Catalogue;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Data.Areas.Data.Pages.Gestion.Donnees;

/// <summary>A producer edits a dataset's description, or deletes the dataset (after ticking a confirmation).</summary>
[Authorize(Policy = PermissionRequirement.Prefix + DataModule.PublishPermission)]
internal sealed class FicheModel(ProducerScope producers, DatasetEditor editor) : ProducerDatasetPage(producers)
{
    public sealed class FicheInput
    {
        [Required(ErrorMessage = "Indiquez le titre du jeu de données."), StringLength(200, MinimumLength = 3, ErrorMessage = "Le titre compte de 3 à 200 caractères.")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Décrivez le jeu de données en quelques phrases."), StringLength(4000, ErrorMessage = "La description dépasse 4 000 caractères.")]
        public string Description { get; set; } = "";

        public string Theme { get; set; } = "";

        public string Frequency { get; set; } = "";

        public string Licence { get; set; } = "";
    }

    [BindProperty]
    public FicheInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input = new FicheInput { Title = Dataset.Title, Description = Dataset.Description, Theme = Dataset.Theme, Frequency = Dataset.Frequency, Licence = Dataset.Licence };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Check(Publisher.Themes.Contains(Input.Theme), "Input.Theme", "Choisissez un thème de la liste.");
        Check(Publisher.Frequencies.Contains(Input.Frequency), "Input.Frequency", "Choisissez une fréquence de la liste.");
        Check(Publisher.Licences.Contains(Input.Licence), "Input.Licence", "Choisissez une licence de la liste.");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await editor.UpdateAsync(Dataset.Id, new DatasetChanges(Input.Title, Input.Description, Input.Theme, Input.Frequency, Input.Licence),
            $"account:{User.AccountId()}", cancellationToken);
        Notice = "Catalogue_DatasetUpdated";
        return Redirect($"/gestion/donnees/{slug}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, bool confirmation, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (!confirmation)
        {
            ModelState.Clear();
            ModelState.AddModelError("confirmation", "Cochez la case pour confirmer la suppression définitive.");
            Input = new FicheInput { Title = Dataset.Title, Description = Dataset.Description, Theme = Dataset.Theme, Frequency = Dataset.Frequency, Licence = Dataset.Licence };
            return Page();
        }
        await editor.DeleteAsync(Dataset.Id, $"account:{User.AccountId()}", cancellationToken);
        Notice = "Catalogue_DatasetDeleted";
        return Redirect("/gestion/donnees");
    }

    private void Check(bool right, string key, string message)
    {
        if (!right)
        {
            ModelState.AddModelError(key, message);
        }
    }
}
