using System.Globalization;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Territory;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Companies;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Areas.Places.Pages.Entreprises;

/// <summary>
/// A company's own entry (<c>/entreprises/ma-fiche</c>): a member of the verified company whose SIRET a place of
/// the directory carries proposes new texts, hours and contact; without such a place, the member proposes the
/// entry itself (name, kind, commune, address, texts, contact), which an agent of its commune places on the map.
/// Either waits for that agent. The page says what stands in the way otherwise (no company, not verified).
/// </summary>
[Authorize]
internal sealed class FicheModel(
    CompanyEntries entries,
    ChangeMailer mailer,
    TerritoryNames territory,
    PlaceWording wording,
    IStringLocalizer<PlacesResource> text
) : PageModel, IPlaceFormPage
{
    /// <summary>The kinds a company describes itself as; public services and the like are the agents'.</summary>
    public static readonly PlaceKind[] CompanyKinds =
    [
        PlaceKind.Company,
        PlaceKind.Shop,
        PlaceKind.Producer,
        PlaceKind.Restaurant,
        PlaceKind.Accommodation,
        PlaceKind.Leisure,
        PlaceKind.Health,
        PlaceKind.ThirdPlace,
    ];

    [BindProperty]
    public PlaceForm Input { get; set; } = new();

    public CompanyEntry Entry { get; private set; } = new(null, null, null, []);

    public IReadOnlyList<(string Value, string Label)> Kinds { get; private set; } = [];

    public IReadOnlyList<(string Value, string Label)> Communes { get; private set; } = [];

    /// <summary>True when the account may propose: a member of a verified company that has an entry.</summary>
    public bool CanPropose => Entry is { Company.IsVerified: true, Place: not null };

    /// <summary>True when the account may propose its company's entry: verified, and no place has its SIRET.</summary>
    public bool CanProposeEntry => Entry is { Company.IsVerified: true, Place: null };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (CanProposeEntry)
        {
            // What the company last proposed, while it waits; else its name, for a first draft.
            Input = Entry.Pending is { } pending
                ? PlaceForm.Of(PendingChange.Draft(pending))
                : new PlaceForm
                {
                    Name = Entry.Company!.LegalName,
                    Kind = nameof(PlaceKind.Company),
                    Commune = Communes.FirstOrDefault().Value,
                };
        }
        else if (Entry.Place is { } place)
        {
            // What the company last proposed, while it waits, so that a second proposal starts from the first.
            var details = Entry.Pending?.Proposed.ApplyTo(place.Details) ?? place.Details;
            Input = PlaceForm.Of(details, place);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (CanProposeEntry)
        {
            return await ProposeEntryAsync(cancellationToken);
        }
        if (!CanPropose)
        {
            return Page();
        }
        var place = Entry.Place!;
        Input.KeepFixedParts(PlaceForm.Of(place.Details, place));
        var details = Input.CheckInto(place.Details, ModelState, text);
        if (details is null)
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

    private async Task<IActionResult> ProposeEntryAsync(CancellationToken cancellationToken)
    {
        if (!CompanyKinds.Any(k => k.ToString() == Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", text["Entry_KindInvalid"]);
        }
        if (!Communes.Any(c => c.Value == Input.Commune))
        {
            ModelState.AddModelError("Input.Commune", text["Form_CommuneInvalid"]);
        }
        // The agent who approves places it on the map; labels and mediation lists are not the company's to say.
        (Input.Latitude, Input.Longitude, Input.Labels) = ("0", "0", "");
        (Input.MediationServices, Input.MediationAccess, Input.Programmes) = ([], [], []);
        var details = Input.CheckInto(null, ModelState, text);
        if (details is null)
        {
            return Page();
        }
        var change = await entries.ProposeEntryAsync(
            User.RequiredAccountId(),
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            Entry,
            details,
            cancellationToken
        );
        await mailer.ProposedAsync(change, PendingChange.Draft(change), Entry.Company!.LegalName, cancellationToken);
        return Redirect(ChangeMailer.EntryPath);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Entry = await entries.OfAccountAsync(User.RequiredAccountId(), cancellationToken);
        Kinds = [.. CompanyKinds.Select(k => (k.ToString(), wording.Kind(k)))];
        var names = await territory.GetAsync(cancellationToken);
        Communes = [.. names.Communes.Select(c => (c.Key, c.Value)).ByName(c => c.Value)];
    }
}
