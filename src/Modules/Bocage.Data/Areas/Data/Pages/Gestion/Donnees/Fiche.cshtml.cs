using System.ComponentModel.DataAnnotations;
using Bocage.Data.Catalogue;
using Bocage.Data.Observatory;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Data.Areas.Data.Pages.Gestion.Donnees;

/// <summary>A producer edits a dataset's description, or deletes the dataset (after ticking a confirmation).</summary>
[Authorize(Policy = PermissionRequirement.Prefix + DataModule.PublishPermission)]
internal sealed class FicheModel(ProducerScope producers, DatasetEditor editor, IStringLocalizer<DataResource> text) : ProducerDatasetPage(producers)
{
    public sealed class FicheInput
    {
        [Required(ErrorMessage = "Producer_ErrorTitle"), StringLength(200, MinimumLength = 3, ErrorMessage = "Producer_ErrorTitleLength")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Producer_ErrorDescription"), StringLength(4000, ErrorMessage = "Producer_ErrorDescriptionLength")]
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
        Check(Publisher.Themes.Contains(Input.Theme), "Input.Theme", "Producer_ErrorTheme");
        Check(Publisher.Frequencies.Contains(Input.Frequency), "Input.Frequency", "Producer_ErrorFrequency");
        Check(Publisher.Licences.Contains(Input.Licence), "Input.Licence", "Producer_ErrorLicence");
        FormErrors.Localize(ModelState, text);
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
            ModelState.AddModelError("confirmation", text["Producer_ErrorConfirmDelete"]);
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
