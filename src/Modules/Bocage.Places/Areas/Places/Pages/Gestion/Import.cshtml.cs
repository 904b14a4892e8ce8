using System.Globalization;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Places.Domain.Editing;
using Bocage.Places.Domain.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Gestion;

/// <summary>
/// Import places from a CSV file (<c>/gestion/lieux/import</c>): the file is checked and the page shows what would
/// be created, updated and refused (each refused line with its column and reason), writing nothing; the agent
/// confirms, and the page lists the places written. The columns are documented here, with an example file. Plain
/// forms: it works without JavaScript.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + PlacesModule.ManagePermission)]
[RequestSizeLimit(PlaceImportFiles.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PlaceImportFiles.MaxBytes + 64 * 1024)]
internal sealed class ImportModel(
    PlaceImport importer,
    PlaceScope scope,
    IStringLocalizer<PlacesResource> text,
    IOutputCacheStore cache
) : PageModel
{
    /// <summary>The upload field, and the field the file-level problems are told at.</summary>
    public const string FileField = "fichier";

    /// <summary>The checked file of the preview, kept in the store under this id until confirmed.</summary>
    public const string ImportField = "import";

    /// <summary>The preview lists this many problems at most; past them, the counts say the rest.</summary>
    public const int MaxListed = 500;

    public PlaceImportCheck? Checked { get; private set; }

    public PlaceImportResult? Result { get; private set; }

    /// <summary>The names of the agent's communes, for the documentation of the <c>commune</c> column.</summary>
    public IReadOnlyList<string> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // An empty file that was chosen is the kernel's to refuse, with its own words.
        if (fichier is null || fichier.FileName.Length == 0)
        {
            ModelState.AddModelError(FileField, text["Import_FileMissing"]);
            return Page();
        }
        await using (var content = fichier.OpenReadStream())
        {
            Checked = await importer.CheckAsync(User.RequiredAccountId(), content, fichier.FileName, cancellationToken);
        }
        if (Checked.Refusal is { } refusal)
        {
            ModelState.AddModelError(FileField, refusal);
        }
        else if (Checked.Plan?.FileProblem is { } problem)
        {
            ModelState.AddModelError(FileField, Say(problem));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid? import, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Result = import is { } id ? await importer.ConfirmAsync(User.RequiredAccountId(), id, cancellationToken) : null;
        await PublicPageCache.RefreshAsync(cache, PlacesModule.PublicPagePolicy, cancellationToken);
        if (Result is null || Result.ProblemKey is not null)
        {
            ModelState.AddModelError(FileField, text[Result?.ProblemKey ?? "Import_FileGone"]);
            Result = null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid? import, CancellationToken cancellationToken)
    {
        if (import is { } id)
        {
            await importer.DiscardAsync(User.RequiredAccountId(), id, cancellationToken);
        }
        return Redirect("/gestion/lieux/import");
    }

    /// <summary>A problem in the agent's language; numbers as the culture writes them (« 5 000 »).</summary>
    public string Say(PlaceImportProblem problem) =>
        text[
            problem.Key,
            problem.Arguments.Select(a => a is int n ? n.ToString("N0", CultureInfo.CurrentCulture) : a).ToArray()
        ];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Communes = (await scope.CommunesAsync(User.RequiredAccountId(), cancellationToken))
            .Select(c => c.Name)
            .ToList();
    }
}
