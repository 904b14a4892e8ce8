using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// Base of the applicant's pages of one file: loads it and refuses anyone who may not see it (404, so that ids reveal
/// nothing).
/// </summary>
internal abstract class ApplicantFilePage(ApplicantFileServices services) : PageModel
{
    protected ProceduresDb Db => services.Db;

    public ProcedureFile Current { get; private set; } = null!;

    public Procedure Procedure { get; private set; } = null!;

    public FormSchema Form { get; private set; } = null!;

    public WorkflowDefinition Workflow { get; private set; } = null!;

    /// <summary>
    /// Who the applicant deals with: the procedure's commune (« la mairie de Fourmies ») or the intercommunality,
    /// never the agent's own name.
    /// </summary>
    public string ServiceName(Microsoft.Extensions.Localization.IStringLocalizer text) =>
        Procedure.CommuneInsee is { } insee
            ? text["ServiceOfCommune", CommuneName(insee)]
            : text["ServiceOfIntercommunality"];

    private string CommuneName(string insee) =>
        Lists.TryGetValue(AnswerValidator.CommunesList, out var communes)
            ? communes.FirstOrDefault(c => c.Value == insee)?.Label ?? insee
            : insee;

    public IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> Lists { get; private set; } =
        new Dictionary<string, IReadOnlyList<ChoiceOption>>();

    /// <summary>The file's attachments by stored-file id, for the file fields and the answers' rows.</summary>
    public IReadOnlyDictionary<Guid, FileAttachment> Sent { get; protected set; } =
        new Dictionary<Guid, FileAttachment>();

    [TempData]
    public string? Notice { get; set; }

    protected Attachments Attachments => services.Attachments;

    protected string Actor => User.AccountId() is { } id ? AuditActor.Of(id) : "suivi";

    /// <summary>Null when the file is loaded and visible to this person; otherwise the result to return.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, bool tracked = false)
    {
        var query = Db.Files.AsQueryable();
        var file = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(f => f.Id == id);
        if (file is null || !await services.Applicants.MaySeeAsync(file, HttpContext))
        {
            return NotFound();
        }
        Current = file;
        Procedure = await Db.Procedures.AsNoTracking().SingleAsync(p => p.Id == file.ProcedureId);
        var version = await Db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId);
        Form = version.Form;
        Workflow = version.Workflow;
        Lists = await services.Lists.ForApplicantAsync(file);
        return null;
    }

    /// <summary>What the <c>_Field</c> partial draws one field of this file with.</summary>
    public FieldView View(FieldDefinition field, AnswerSet answers) =>
        new(field, field.Key, answers, ModelState, Lists) { FileId = Current.Id, Sent = Sent };

    public string StateLabel(string key) => Workflow.States.FirstOrDefault(s => s.Key == key)?.Label ?? key;

    /// <summary>
    /// Pages that take files keep the request body in memory up to this size: the kernel promises that no
    /// unscanned content is written to disk, and ASP.NET would otherwise buffer any part above 64 KB to a
    /// temporary file (the antiforgery check reads the whole form before the page's code runs).
    /// </summary>
    public const int InMemoryForm = 16 * 1024 * 1024;

    protected static string FillPath(Guid id, int page) => $"/demarches/dossier/{id}/etape/{page}";
}
