using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>The instructing agent's inbox: submitted files of their communes, filtered and searched, 25 per page.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + ProceduresModule.Instruct)]
internal sealed class IndexModel(ProceduresDb db, Inbox inbox, PermissionChecker permissions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "demarche")]
    public Guid? Procedure { get; set; }

    [BindProperty(SupportsGet = true, Name = "etat")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "assigne")]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ProcedureFile> Files { get; private set; } = [];

    public bool HasMore { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Procedures { get; private set; } = [];

    public string Me { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Me = Applicants.AccountId(User)!;
        var scope = await permissions.ScopeAsync(Me, ProceduresModule.Instruct);
        var assignee = Assignee == "moi" ? Me : Assignee;
        (var files, HasMore) = await inbox.PageAsync(scope, new InboxFilter(Procedure, State, From, To, assignee, Query, PageNumber));
        Files = files;
        Procedures = (await db.Procedures.AsNoTracking().Select(p => new { p.Id, p.Title }).ToListAsync()).OrderBy(p => p.Title).Select(p => (p.Id, p.Title)).ToList();
    }

    public string TitleOf(Guid id) => Procedures.FirstOrDefault(p => p.Id == id).Title ?? "";

    public string PageLink(int page) =>
        $"/gestion/demarches?demarche={Procedure}&etat={Uri.EscapeDataString(State ?? "")}&du={From:yyyy-MM-dd}&au={To:yyyy-MM-dd}&assigne={Uri.EscapeDataString(Assignee ?? "")}&q={Uri.EscapeDataString(Query ?? "")}&p={page}";

    public static readonly IReadOnlyList<string> States = Domain.Definitions.DefaultWorkflow.Create().States.Skip(1).Select(s => s.Key).ToList();
}
