using Bocage.Data.Catalogue;
using Bocage.Data.Data;
using Bocage.Data.Validation;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Data.Areas.Data.Pages.Gestion.Donnees;

/// <summary>
/// Sends a resource for a dataset: the file is checked against the chosen schema, and published only
/// when every row is valid; otherwise the report lists the rows and what is wrong with each.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + DataModule.PublishPermission)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class ImportModel(DataDb db, ProducerScope producers, Publisher publisher) : PageModel
{
    // Kestrel's cap for this form; the configured Data:MaxUploadBytes (200 MB by default) is checked below it.
    private const long MaxRequestBytes = 1024L * 1024 * 1024;

    public Dataset Dataset { get; private set; } = null!;

    [BindProperty]
    public string? Schema { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

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
            ModelState.AddModelError(nameof(Schema), "Choisissez un schéma de la liste.");
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choisissez le fichier à publier (CSV, XLSX ou GeoJSON).");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await using var stream = Upload!.OpenReadStream();
        var content = await BoundedRead.ReadAsync(stream, publisher.MaxUploadBytes, cancellationToken);
        if (content is null)
        {
            ModelState.AddModelError(nameof(Upload), UploadMessages.TooLarge(publisher.MaxUploadBytes));
            return Page();
        }
        var outcome = await publisher.ImportAsync(Dataset, Upload.FileName, content, Schema is { Length: > 0 } ? Schema : null, $"account:{User.AccountId()}", cancellationToken);
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

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var dataset = await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Slug == slug && d.SourceModule == null, cancellationToken);
        var allowed = await producers.OrganisationsAsync(User.AccountId(), cancellationToken);
        if (dataset is null || allowed.All(o => o.Slug != dataset.OrganisationSlug))
        {
            return false;
        }
        Dataset = dataset;
        return true;
    }
}
