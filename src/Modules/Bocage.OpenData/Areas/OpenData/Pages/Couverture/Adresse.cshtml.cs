using Bocage.OpenData.Domain.Broadband;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Couverture;

/// <summary>
/// Coverage at an address: the inhabitant types it (a GET form, no script), the local address reference
/// finds it despite accents, abbreviations and typing mistakes, and the page says what is known there and
/// where each figure comes from. Other close matches are offered as links.
/// </summary>
internal sealed class AdresseModel(CoverageAtAddress coverage, IStringLocalizer<OpenDataResource> text) : PageModel
{
    public const int MaxLength = 200;

    [BindProperty(SupportsGet = true, Name = "adresse")]
    public string? Text { get; set; }

    public AddressCoverage? Result { get; private set; }

    public IReadOnlyList<AddressMatch> Others { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The form sent empty binds as null: only a first visit, without the field at all, asks nothing.
        if (!Request.Query.ContainsKey("adresse"))
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(Text) || Text.Length > MaxLength)
        {
            Fail(text[string.IsNullOrWhiteSpace(Text) ? "Lookup_Empty" : "Broadband_ErrorAddressLength"]);
            return;
        }
        var matches = await coverage.FindAsync(Text, cancellationToken);
        if (matches.Count == 0)
        {
            Fail(text["Lookup_NotFound"]);
            return;
        }
        Result = await coverage.CoverageAsync(matches[0], User, cancellationToken);
        Others = matches.Skip(1).ToList();
    }

    private void Fail(string message)
    {
        Error = message;
        ModelState.AddModelError("adresse", message);
    }

    public string FibreText(FibreStatus status) => text["Lookup_Fibre_" + status];
}
