using System.Globalization;
using Bocage.Kernel.Accounts;
using Bocage.Places.Domain.Companies;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Entreprises;

/// <summary>
/// A company's own entry (<c>/entreprises/ma-fiche</c>): a member of the verified company whose SIRET a place of
/// the directory carries proposes new texts, hours and contact; an agent of its commune validates. The page says
/// what stands in the way otherwise (no company, not verified, no entry) and where to go.
/// </summary>
[Authorize]
internal sealed class FicheModel(CompanyEntries entries, ChangeMailer mailer, IStringLocalizer<PlacesResource> text)
    : PageModel,
        IPlaceFormPage
{
    [BindProperty]
    public PlaceForm Input { get; set; } = new();

    public CompanyEntry Entry { get; private set; } = new(null, null, null, []);

    /// <summary>True when the account may propose: a member of a verified company that has an entry.</summary>
    public bool CanPropose => Entry is { Company.IsVerified: true, Place: not null };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entry = await entries.OfAccountAsync(User.RequiredAccountId(), cancellationToken);
        if (Entry.Place is { } place)
        {
            // What the company last proposed, while it waits, so that a second proposal starts from the first.
            var details = Entry.Pending?.Proposed.ApplyTo(place.Details) ?? place.Details;
            Input = PlaceForm.Of(details, place);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Entry = await entries.OfAccountAsync(User.RequiredAccountId(), cancellationToken);
        if (!CanPropose)
        {
            return Page();
        }
        var place = Entry.Place!;
        Input.KeepFixedParts(PlaceForm.Of(place.Details, place));
        var (details, errors) = Input.Check(place.Details);
        foreach (var (field, key, arguments) in errors)
        {
            ModelState.AddModelError($"Input.{field}", text[key, arguments]);
        }
        if (details is null || !ModelState.IsValid)
        {
            return Page();
        }
        var edit = CompanyEdit.Of(details);
        if (edit.Changes(CompanyEdit.Of(place.Details)).Count == 0)
        {
            ModelState.AddModelError("Input.SummaryFr", text["Company_NothingChanged"]);
            return Page();
        }
        var change = await entries.ProposeAsync(
            User.RequiredAccountId(),
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            Entry,
            edit,
            cancellationToken
        );
        await mailer.ProposedAsync(change, place, Entry.Company!.LegalName, cancellationToken);
        return Redirect(ChangeMailer.EntryPath);
    }
}
