using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Observatory;
using Bocage.OpenData.Domain.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Donnees;

/// <summary>
/// Sends a resource for a dataset: the file is checked against the chosen schema, and published only
/// when every row is valid; otherwise the report lists the rows and what is wrong with each.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + OpenDataModule.PublishPermission)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class ImportModel(
    ProducerScope producers,
    Publisher publisher,
    DatasetEditor editor,
    IStringLocalizer<OpenDataResource> text
) : ProducerDatasetPage(producers)
{
    // Kestrel's cap for this form; the configured Data:MaxUploadBytes (200 MB by default) is checked below it.
    private const long MaxRequestBytes = 1024L * 1024 * 1024;

    [BindProperty]
    public string? Schema { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The resource replaced, or <see cref="NewResource"/> to add one.</summary>
    [BindProperty]
    public string? Resource { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    public const string NewResource = "nouvelle";

    [TempData]
    public string? Notice { get; set; }

    public ValidationReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (Schema is { Length: > 0 } && ScdlSchemas.Find(Schema) is null)
        {
            ModelState.AddModelError(nameof(Schema), "Producer_ErrorSchema");
        }
        var target = Target();
        if (target is null)
        {
            ModelState.AddModelError(nameof(Resource), "Producer_ErrorResource");
        }
        else if (target.Slug is null && string.IsNullOrWhiteSpace(NewTitle))
        {
            ModelState.AddModelError(nameof(NewTitle), "Producer_ErrorResourceTitle");
        }
        else if ((NewTitle?.Trim().Length ?? 0) > 200)
        {
            ModelState.AddModelError(nameof(NewTitle), "Producer_ErrorResourceTitleLength");
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Producer_ErrorFile");
        }
        FormErrors.Localize(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The length is what the server received (the form reader buffered the part on disk), not the sender's word.
        if (Upload!.Length > publisher.MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), UploadMessages.TooLarge(publisher.MaxUploadBytes));
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        var outcome = await publisher.ImportAsync(
            Dataset,
            target!,
            Upload.FileName,
            stream,
            Schema is { Length: > 0 } ? Schema : null,
            AuditActor.Of(User),
            cancellationToken
        );
        if (outcome.Published && Dataset.IsWithdrawn)
        {
            // Its public page answers 404 while it is withdrawn: the producer stays here.
            Notice = "Catalogue_PublishedWhileWithdrawn";
            return RedirectToPage(new { slug });
        }
        if (outcome.Published)
        {
            return Redirect($"/donnees/{Dataset.Slug}");
        }
        if (outcome.Refusal is not null)
        {
            ModelState.AddModelError(nameof(Upload), outcome.Refusal);
        }
        Report = outcome.Report;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteResourceAsync(
        string slug,
        string? ressource,
        CancellationToken cancellationToken
    )
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (
            ressource is null
            || !await editor.DeleteResourceAsync(Dataset.Id, ressource, AuditActor.Of(User), cancellationToken)
        )
        {
            return NotFound();
        }
        Notice = "Catalogue_ResourceDeleted";
        return RedirectToPage(new { slug });
    }

    /// <summary>
    /// No resource chosen: the first resource when there is one, else the dataset's first resource. A slug
    /// that is not one of the dataset's resources is refused (null).
    /// </summary>
    private ResourceTarget? Target() =>
        Resource switch
        {
            NewResource => new ResourceTarget(null, NewTitle),
            null or "" => Dataset.Resources.Count == 0
                ? ResourceTarget.First
                : new ResourceTarget(Dataset.Resources.OrderBy(r => r.Slug).First().Slug, null),
            var slug when Dataset.Resources.Any(r => r.Slug == slug) => new ResourceTarget(slug, null),
            _ => null,
        };
}
