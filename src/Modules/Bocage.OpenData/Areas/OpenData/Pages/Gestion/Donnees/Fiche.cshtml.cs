using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Donnees;

/// <summary>
/// A producer edits a dataset's description, withdraws it from the catalogue or restores it, or deletes
/// it (after ticking a confirmation).
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + OpenDataModule.PublishPermission)]
internal sealed class FicheModel(ProducerScope producers, DatasetEditor editor, IStringLocalizer<OpenDataResource> text)
    : ProducerDatasetPage(producers)
{
    public sealed class FicheInput : DatasetDescriptionInput
    {
        public string Licence { get; set; } = "";

        public static FicheInput Of(Dataset dataset) =>
            new()
            {
                Title = dataset.Title,
                Description = dataset.Description,
                Theme = dataset.Theme,
                Frequency = dataset.Frequency,
                Licence = dataset.Licence,
            };
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
        Input = FicheInput.Of(Dataset);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Input.CheckLists(ModelState);
        if (!Publisher.Licences.Contains(Input.Licence))
        {
            ModelState.AddModelError("Input.Licence", "Producer_ErrorLicence");
        }
        FormErrors.Localize(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await editor.UpdateAsync(
            Dataset.Id,
            new DatasetChanges(Input.Title, Input.Description, Input.Theme, Input.Frequency, Input.Licence),
            AuditActor.Of(User),
            cancellationToken
        );
        Notice = "Catalogue_DatasetUpdated";
        return Redirect($"/gestion/donnees/{slug}");
    }

    public Task<IActionResult> OnPostWithdrawAsync(string slug, CancellationToken cancellationToken) =>
        SetWithdrawnAsync(slug, true, "Catalogue_DatasetWithdrawn", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(string slug, CancellationToken cancellationToken) =>
        SetWithdrawnAsync(slug, false, "Catalogue_DatasetRestored", cancellationToken);

    private async Task<IActionResult> SetWithdrawnAsync(
        string slug,
        bool withdrawn,
        string notice,
        CancellationToken cancellationToken
    )
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        await editor.SetWithdrawnAsync(Dataset.Id, withdrawn, AuditActor.Of(User), cancellationToken);
        Notice = notice;
        return Redirect("/gestion/donnees");
    }

    public async Task<IActionResult> OnPostDeleteAsync(
        string slug,
        bool confirmation,
        CancellationToken cancellationToken
    )
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (!confirmation)
        {
            ModelState.Clear();
            ModelState.AddModelError("confirmation", text["Producer_ErrorConfirmDelete"]);
            Input = FicheInput.Of(Dataset);
            return Page();
        }
        await editor.DeleteAsync(Dataset.Id, AuditActor.Of(User), cancellationToken);
        Notice = "Catalogue_DatasetDeleted";
        return Redirect("/gestion/donnees");
    }
}
