using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Mandates;
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

/// <summary>A procedure's presentation and its start: an account holder starts at once (or a mediator for a person under mandate); anyone else gives an e-mail and receives a tracking code.</summary>
internal sealed class PresentationModel(
    ProceduresDb db, Applicants applicants, MandateRegistry mandates, AccountsDb accounts, IMailer mailer, AuditLog audit,
    TimeProvider clock, IStringLocalizer<ProceduresResource> text) : PageModel
{
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
        var version = Procedure.Versions.Single(v => v.Number == Procedure.PublishedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        var file = ProcedureFile.Start(Procedure.Id, version.Id, Procedure.CommuneInsee, applicant, now);
        db.Files.Add(file);
        await db.SaveChangesAsync();
        if (applicant.TrackingCode is { } code)
        {
            applicants.Remember(HttpContext, file.Id);
            await mailer.EnqueueAsync(new MailRequest(applicant.Email, text["TrackingMailSubject", Procedure.Title], text["TrackingMailText", Procedure.Title, code], "procedures.code-suivi"));
        }
        if (applicant.MediatorId is { } mediator)
        {
            await audit.AppendAsync(AuditActor.Of(mediator), "procedures.start", $"procedures:file:{file.Id}", Procedure.CommuneInsee, Procedure.Slug, AuditActor.Of(applicant.AccountId!));
        }
        return Redirect($"/demarches/dossier/{file.Id}/etape/0");
    }

    private Applicant? AnonymousApplicant()
    {
        var email = (Email ?? "").Trim();
        var check = FieldChecks.Run(new(nameof(Email), Domain.Definitions.FieldType.Email, text["YourEmail"]) { Required = true }, [email], [], new AnswerMessages(text), out _);
        if (check is not null)
        {
            ModelState.AddModelError(nameof(Email), check);
            return null;
        }
        return new Applicant(null, email, TrackingCode: TrackingCodes.New());
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
        var company = Procedure.Audience == Domain.Definitions.Audience.Business ? await applicants.CompanyOfAsync(person, HttpContext.RequestAborted) : null;
        return new Applicant(person, email, company, mediator);
    }

    private async Task<bool> LoadAsync(string slug)
    {
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Slug == slug && p.PublishedVersion != null);
        if (procedure is null)
        {
            return false;
        }
        Procedure = procedure;
        Refusal = await applicants.RefusalAsync(procedure, User);
        if (User.AccountId() is { } me)
        {
            var active = await mandates.ActiveForMediatorAsync(me);
            var usable = active.Where(m => m.ScopeList.Contains(MandateScopes.Procedures)).ToList();
            var ids = usable.Select(m => m.PersonId).ToList();
            var names = await accounts.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.GivenName + " " + u.FamilyName);
            Mandates = usable.Select(m => (m.Id, names.GetValueOrDefault(m.PersonId) ?? m.PersonId)).ToList();
        }
        return true;
    }
}
