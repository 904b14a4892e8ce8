using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>Base of the applicant's pages of one file: loads it and refuses anyone who may not see it (404, so that ids reveal nothing).</summary>
internal abstract class ApplicantFilePage(ProceduresDb db, Applicants applicants, FormLists lists) : PageModel
{
    protected ProceduresDb Db => db;

    public ProcedureFile Current { get; private set; } = null!;

    public Procedure Procedure { get; private set; } = null!;

    public FormSchema Form { get; private set; } = null!;

    public WorkflowDefinition Workflow { get; private set; } = null!;

    public IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> Lists { get; private set; } = new Dictionary<string, IReadOnlyList<ChoiceOption>>();

    [TempData]
    public string? Notice { get; set; }

    protected string Actor => Applicants.AccountId(User) is { } id ? $"account:{id}" : "suivi";

    /// <summary>Null when the file is loaded and visible to this person; otherwise the result to return.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, bool tracked = false)
    {
        var query = db.Files.AsQueryable();
        var file = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(f => f.Id == id);
        if (file is null || !await applicants.MaySeeAsync(file, HttpContext))
        {
            return NotFound();
        }
        Current = file;
        Procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == file.ProcedureId);
        var version = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId);
        Form = version.Form;
        Workflow = version.Workflow;
        Lists = await lists.AllAsync();
        return null;
    }

    public string StateLabel(string key) => Workflow.States.FirstOrDefault(s => s.Key == key)?.Label ?? key;

    protected static string FillPath(Guid id, int page) => $"/demarches/dossier/{id}/etape/{page}";
}
