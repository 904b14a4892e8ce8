using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>
/// The instructing agent's inbox: submitted files of their communes, filtered and searched, 25 per page.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + ProceduresModule.Instruct)]
internal sealed class IndexModel(
    ProceduresDb db,
    Inbox inbox,
    PermissionChecker permissions,
    Assignment assignment,
    SharedText text
) : PageModel
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

    /// <summary>Where the previous page ended (<see cref="InboxCursor"/>); absent on the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "apres")]
    public string? After { get; set; }

    /// <summary>Only for the caption: the cursor alone decides what the page holds.</summary>
    [BindProperty(SupportsGet = true, Name = "n")]
    public string? PageText { get; set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<InboxRow> Files { get; private set; } = [];

    public InboxCursor? Next { get; private set; }

    /// <summary>
    /// The link's cursor was not one (edited by hand, cut): the first page is shown and the agent told.
    /// </summary>
    public bool CursorRefused { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Procedures { get; private set; } = [];

    public string Me { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Me = User.RequiredAccountId();
        From = DateInputs.Checked(ModelState, "du", From, text);
        To = DateInputs.Checked(ModelState, "au", To, text);
        var scope = await permissions.ScopeAsync(Me, ProceduresModule.Instruct);
        var assignee = Assignee == "moi" ? Me : Assignee;
        State ??= ToHandle;
        var state = State is ToHandle or AnyState ? null : State;
        var after = InboxCursor.Decode(After, out var refused);
        CursorRefused = refused;
        PageNumber =
            after is null ? 1
            : int.TryParse(PageText, out var n) ? Math.Clamp(n, 2, 1_000_000)
            : 2;
        (var files, Next) = await inbox.PageAsync(
            scope,
            new InboxFilter(Procedure, state, From, To, assignee, Query, after, ToHandle: State == ToHandle)
        );
        Files = files;
        Applicants = await assignment.NamesAsync(files.Select(f => AuditActor.Of(f.ApplicantAccountId ?? "")));
        var ids = files.Select(f => f.Id).ToList();
        var steps = await db
            .FileEvents.AsNoTracking()
            .Where(e =>
                ids.Contains(e.FileId) && (e.Kind == FileEventKind.Transition || e.Kind == FileEventKind.Completed)
            )
            .ToListAsync();
        Received = steps
            .GroupBy(e => e.FileId)
            .Select(g => (g.Key, At: FileHistory.ComplementsReceivedAt(g)))
            .Where(r => r.At is not null)
            .ToDictionary(r => r.Key, r => r.At!.Value);
        Agents = await assignment.OfScopeAsync(scope);
        // Intercommunal procedures (no commune) reach files of every commune; a commune's own only its agents.
        var communes = scope.Communes.ToList();
        Procedures = (
            await db
                .Procedures.AsNoTracking()
                .Where(p => scope.Everything || p.CommuneInsee == null || communes.Contains(p.CommuneInsee))
                .Select(p => new { p.Id, p.Title })
                .ToListAsync()
        )
            .OrderBy(p => p.Title)
            .Select(p => (p.Id, p.Title))
            .ToList();
    }

    /// <summary>
    /// The agents who may instruct files of the inbox's communes: the assignee filter's choices and the names of the
    /// lines.
    /// </summary>
    public IReadOnlyList<Bocage.Kernel.Permissions.PermissionHolder> Agents { get; private set; } = [];

    public string AssigneeName(string? assignee) =>
        assignee is null ? "—" : Agents.FirstOrDefault(a => a.AccountId == assignee)?.Name ?? assignee;

    /// <summary>The inbox's first view: files waiting for an agent, filed or being processed.</summary>
    public const string ToHandle = "a-traiter";

    /// <summary>The choice of every state, closed ones included.</summary>
    public const string AnyState = "tous";

    private IReadOnlyDictionary<string, string> Applicants { get; set; } = new Dictionary<string, string>();

    /// <summary>The applicant's name when they have an account, else the address they gave.</summary>
    public string ApplicantOf(InboxRow row) =>
        row.ApplicantAccountId is { } account && Applicants.TryGetValue(AuditActor.Of(account), out var name)
            ? name
            : row.ApplicantEmail;

    /// <summary>When the applicant of a listed file answered a request for more, if that is its latest step.</summary>
    public IReadOnlyDictionary<Guid, DateTime> Received { get; private set; } = new Dictionary<Guid, DateTime>();

    public string TitleOf(Guid id) => Procedures.FirstOrDefault(p => p.Id == id).Title ?? "";

    /// <summary>The same filters, from the first page or after <paramref name="after"/>.</summary>
    public string PageLink(InboxCursor? after = null)
    {
        var link =
            $"/gestion/demarches?demarche={Procedure}&etat={Uri.EscapeDataString(State ?? "")}&du={From:yyyy-MM-dd}&au={To:yyyy-MM-dd}&assigne={Uri.EscapeDataString(Assignee ?? "")}&q={Uri.EscapeDataString(Query ?? "")}";
        return after is null ? link : $"{link}&apres={after.Encode()}&n={PageNumber + 1}";
    }

    public static readonly IReadOnlyList<string> States = Domain
        .Definitions.DefaultWorkflow.Create()
        .States.Skip(1)
        .Select(s => s.Key)
        .ToList();
}
