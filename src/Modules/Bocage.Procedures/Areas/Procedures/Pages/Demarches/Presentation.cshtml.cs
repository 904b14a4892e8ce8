using Bocage.Kernel.Accounts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Mandates;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// A procedure's presentation and its start: an account holder starts at once (or a mediator for a person under
/// mandate); anyone else gives an e-mail and receives a tracking code.
/// </summary>
internal sealed class PresentationModel(
    ProceduresDb db,
    Applicants applicants,
    MandateRegistry mandates,
    FileStart start,
    IdentityHolders bodies,
    IStringLocalizer<ProceduresResource> text
) : PageModel
{
    /// <summary>The commune (or the intercommunality) that offers the procedure, with its colour and emblem.</summary>
    public IdentityHolder OfferedBy { get; private set; } = null!;

    public Procedure Procedure { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public IReadOnlyList<(Guid Mandate, string Person)> Mandates { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public Guid? For { get; set; }

    public bool Anonymous => User.AccountId() is null;

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }
        if (Refusal is not null)
        {
            return Page();
        }
        var me = User.AccountId();
        var applicant = me is null ? AnonymousApplicant() : await AccountApplicantAsync(me);
        if (applicant is null)
        {
            return Page();
        }
        var file = await start.StartAsync(Procedure, applicant);
        if (applicant.TrackingCode is not null)
        {
            applicants.Remember(HttpContext, file.Id);
        }
        return Redirect($"/demarches/dossier/{file.Id}/etape/0");
    }

    private Applicant? AnonymousApplicant()
    {
        var email = (Email ?? "").Trim();
        var check = FieldChecks.Run(
            new(nameof(Email), Domain.Definitions.FieldType.Email, text["YourEmail"]) { Required = true },
            [email],
            [],
            new AnswerMessages(text),
            out _
        );
        if (check is not null)
        {
            ModelState.AddModelError(nameof(Email), check);
            return null;
        }
        return new Applicant(null, email, TrackingCode: TrackingCodes.New(), Language: MailCulture.Current);
    }

    private async Task<Applicant?> AccountApplicantAsync(string me)
    {
        var person = me;
        string? mediator = null;
        if (For is { } mandate)
        {
            person = await applicants.MandatorAsync(mandate, me, HttpContext.RequestAborted) ?? "";
            mediator = me;
            if (person.Length == 0)
            {
                ModelState.AddModelError(nameof(For), text["MandateUnusable"]);
                return null;
            }
        }
        var email = await applicants.EmailOfAsync(person, HttpContext.RequestAborted) ?? "";
        var company =
            Procedure.Audience == Domain.Definitions.Audience.Business
                ? await applicants.CompanyOfAsync(person, HttpContext.RequestAborted)
                : null;
        return new Applicant(person, email, company, mediator, Language: MailCulture.Current);
    }

    private async Task<bool> LoadAsync(string slug)
    {
        var procedure = await db
            .Procedures.AsNoTracking()
            .Include(p => p.Versions)
            .SingleOrDefaultAsync(p => p.Slug == slug && p.PublishedVersion != null);
        if (procedure is null)
        {
            return false;
        }
        Procedure = procedure;
        OfferedBy = await bodies.OfAsync(procedure.CommuneInsee, HttpContext.RequestAborted);
        Refusal = await applicants.RefusalAsync(procedure, User);
        if (User.AccountId() is { } me)
        {
            Mandates = await mandates.UsableWithNamesAsync(me, MandateScopes.Procedures, HttpContext.RequestAborted);
        }
        return true;
    }
}
