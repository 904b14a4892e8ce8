using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Files;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Gestion.Observatoire;

/// <summary>
/// A partner proposes values for its indicators, one by one or as a CSV file; an agent validates them.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + ObservatoryPermissions.Submit)]
internal sealed class SaisieModel(
    ValueSubmissions submissions,
    KernelDb kernel,
    UploadService uploads,
    IStringLocalizer<OpenDataResource> text
) : PageModel
{
    public const int MaxCsvBytes = 1024 * 1024;

    public sealed record InputModel
    {
        [Required(ErrorMessage = "Observatory_ErrorIndicator")]
        public string? Indicator { get; init; }

        [Required(ErrorMessage = "Observatory_ErrorCommune")]
        public string? Commune { get; init; }

        [Required(ErrorMessage = "Observatory_ErrorPeriod")]
        public string? Period { get; init; }

        [Required(ErrorMessage = "Observatory_ErrorValue")]
        public string? Value { get; init; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<(int Line, string Error)> CsvErrors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (line, error) = ValueLineReader.Read(
            Input.Indicator,
            Input.Commune,
            Input.Period,
            Input.Value,
            Indicators,
            CommuneCodes
        );
        if (error is not null)
        {
            var field = error switch
            {
                "Observatory_ErrorIndicator" => "Indicator",
                "Observatory_ErrorCommune" => "Commune",
                "Observatory_ErrorPeriod" => "Period",
                _ => "Value",
            };
            ModelState.Remove($"Input.{field}");
            ModelState.AddModelError($"Input.{field}", text[error]);
        }
        FormErrors.Localize(ModelState, text);
        if (!ModelState.IsValid || line is null)
        {
            return Page();
        }
        await submissions.SubmitAsync(AccountId, [line], cancellationToken);
        Notice = "Observatory_Submitted";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCsvAsync(IFormFile? fichier, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        if (fichier is null || fichier.Length == 0 || fichier.Length > MaxCsvBytes)
        {
            ModelState.AddModelError(
                "fichier",
                text[fichier is null || fichier.Length == 0 ? "Observatory_ErrorEmpty" : "Observatory_ErrorTooLarge"]
            );
            return Page();
        }
        using var buffer = new MemoryStream();
        await fichier.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        // Like every file a person sends: extension, content check and ClamAV scan by the kernel before it is read.
        // The kernel accepts CSV as UTF-8 only, so a Windows-1252 file is re-encoded first (the reader decodes both).
        var upload = await uploads.AcceptAsync(
            new UploadRequest(
                new MemoryStream(Domain.Validation.TextDecoding.ToUtf8(content)),
                fichier.FileName,
                fichier.ContentType,
                [FileKind.Csv],
                "Data",
                AuditActor.Of(AccountId)
            )
            {
                MaxBytes = MaxCsvBytes,
            },
            cancellationToken
        );
        if (upload is UploadResult.Refused refused)
        {
            ModelState.AddModelError("fichier", refused.Message);
            return Page();
        }
        var (lines, errors) = ValueLineReader.ReadCsv(content, Indicators, CommuneCodes);
        if (errors.Count > 0)
        {
            CsvErrors = errors;
            ModelState.AddModelError("fichier", text["Observatory_CsvRejected", errors.Count]);
            return Page();
        }
        await submissions.SubmitAsync(AccountId, lines, cancellationToken);
        Notice = "Observatory_Submitted";
        return RedirectToPage();
    }

    private IReadOnlySet<string> CommuneCodes => Communes.Select(c => c.Insee).ToHashSet();

    private string AccountId => User.RequiredAccountId();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Indicators = await submissions.SubmittableAsync(AccountId, cancellationToken);
        Communes = (await kernel.Communes.AsNoTracking().ToListAsync(cancellationToken)).ByName(c => c.Name);
    }
}
