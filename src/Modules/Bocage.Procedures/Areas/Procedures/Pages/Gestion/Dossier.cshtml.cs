using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Web;
using Bocage.Payments.Contracts;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>
/// A file for the instructing agent: answers, revisions, history, private notes, messages and the workflow's buttons.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + ProceduresModule.Instruct)]
internal sealed class DossierModel(
    AgentFileLoader files,
    Transitions transitions,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<ProceduresResource> text,
    IEnumerable<IInvoicing> invoicing
) : PageModel
{
    public ProcedureFile Current { get; private set; } = null!;

    public string ProcedureTitle { get; private set; } = "";

    public WorkflowDefinition Workflow { get; private set; } = null!;

    public FormSchema Form { get; private set; } = null!;

    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public IReadOnlyList<FileRevision> Revisions { get; private set; } = [];

    public IReadOnlyList<FileEvent> History { get; private set; } = [];

    public DateTime? ComplementsReceivedAt => FileHistory.ComplementsReceivedAt(History);

    public IReadOnlyList<FileMessage> Messages { get; private set; } = [];

    public IReadOnlyList<WorkflowTransition> Available { get; private set; } = [];

    /// <summary>True when the payments engine is on: a payment step is offered only then.</summary>
    public bool PaymentsAvailable => invoicing.Any();

    [BindProperty]
    public string? Text { get; set; }

    [TempData]
    public string? Notice { get; set; }

    private string Me => User.RequiredAccountId();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await audit.AppendAsync(
            AuditActor.Of(Me),
            "procedures.file.read",
            $"procedures:file:{Current.Number}",
            Current.CommuneInsee
        );
        return Page();
    }

    public async Task<IActionResult> OnPostTransitionAsync(
        Guid id,
        string? transition,
        Guid stamp,
        List<string>? reopen,
        string? assignee,
        string? message,
        [FromServices] PublicSite site
    )
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Typed = new(transition, reopen ?? [], message);
        if (Refused(transition, message) is { } refusal)
        {
            return refusal;
        }
        var input = new TransitionInput(transition!, stamp, reopen ?? [], assignee == "moi" ? Me : assignee, message)
        {
            FileLink = FileLink(site, id),
        };
        var outcome = await transitions.RunAsync(id, input, Me);
        if (outcome == TransitionOutcome.AssigneeOutOfScope)
        {
            return OutOfScope(ActionAssigneeField);
        }
        Notice = outcome switch
        {
            TransitionOutcome.Done => "TransitionDone",
            TransitionOutcome.DonePresetGone => "TransitionDonePresetGone",
            TransitionOutcome.Conflict => "Conflict",
            _ => "TransitionNotAllowed",
        };
        return Redirect($"/gestion/demarches/dossier/{id}");
    }

    /// <summary>The page again with what was typed, when no step was chosen or a refusal gives no reason.</summary>
    private PageResult? Refused(string? transition, string? message)
    {
        if (string.IsNullOrEmpty(transition))
        {
            ModelState.AddModelError("transition", text["ChooseActionMissing"]);
        }
        else if (Chooser.MustExplain(transition) && string.IsNullOrWhiteSpace(message))
        {
            ModelState.AddModelError("message", text["RefusalNeedsReason"]);
        }
        return ModelState.IsValid ? null : Page();
    }

    /// <summary>What the agent chose and typed in the action form, shown again when it is refused.</summary>
    public ActionTyped Typed { get; private set; } = new(null, [], null);

    public ActionChooser Chooser => ActionChooser.Of(Workflow, Available);

    /// <summary>Id of the action form's assignee select, also the key of its error.</summary>
    public const string ActionAssigneeField = "assigne-action";

    /// <summary>Assigns the file to an agent who may instruct it, or to nobody, without changing its state.</summary>
    public async Task<IActionResult> OnPostAssignAsync(
        Guid id,
        Guid stamp,
        string? assignee,
        [FromServices] PublicSite site
    )
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var outcome = await Assignment.AssignAsync(
            id,
            stamp,
            assignee == "moi" ? Me : assignee,
            Me,
            FileLink(site, id)
        );
        if (outcome == AssignOutcome.OutOfScope)
        {
            return OutOfScope(AssigneeField);
        }
        Notice = outcome == AssignOutcome.Done ? "Assigned" : "Conflict";
        return Redirect($"/gestion/demarches/dossier/{id}");
    }

    /// <summary>Name of the standalone assignment's select, also the key of its error.</summary>
    public const string AssigneeField = "assignee";

    /// <summary>The file page again, nothing changed, with the refusal at the select the agent used.</summary>
    private PageResult OutOfScope(string field)
    {
        ModelState.AddModelError(field, text["AssigneeOutOfScope"]);
        return Page();
    }

    private static string FileLink(PublicSite site, Guid id) => site.Absolute($"/gestion/demarches/dossier/{id}");

    private Assignment Assignment => files.Assignment;

    /// <summary>
    /// The name of a transition's preset (<see cref="PresetAssignee"/>): an agent's name, a service's key, or null for
    /// nobody.
    /// </summary>
    public string? PresetName(string? preset, string gone) =>
        PresetAssignee.Name(preset, id => Candidates.FirstOrDefault(c => c.AccountId == id)?.Name, gone);

    /// <summary>
    /// The name people read for an assignee: the agent's name, or the service's key as the designer chose it.
    /// </summary>
    public string AssigneeName(string? assignee) =>
        assignee is null ? "—" : Candidates.FirstOrDefault(c => c.AccountId == assignee)?.Name ?? assignee;

    public async Task<IActionResult> OnPostNoteAsync(Guid id, bool isPrivate, [FromServices] FileMails mails)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var typed = (Text ?? "").Trim();
        if (typed.Length is 0 or > Domain.Filing.Messages.MaxLength || !TextRules.IsClean(typed, multiline: true))
        {
            ModelState.AddModelError(nameof(Text), text["MessageInvalid", Domain.Filing.Messages.MaxLength]);
            return Page();
        }
        var message = new FileMessage(
            id,
            AuditActor.Of(Me),
            fromAgent: true,
            isPrivate,
            typed,
            clock.GetUtcNow().UtcDateTime
        );
        await files.AddMessageAsync(message);
        if (!isPrivate && Current.ApplicantEmail.Length > 0)
        {
            var context = new FileMailContext(ProcedureTitle, StateLabel(Current.StateKey));
            await mails.AgentMessageAsync(Current, context, message);
        }
        await audit.AppendAsync(
            AuditActor.Of(Me),
            isPrivate ? "procedures.note" : "procedures.message",
            $"procedures:file:{Current.Number}",
            Current.CommuneInsee
        );
        Notice = isPrivate ? "NoteAdded" : "MessageSent";
        return Redirect($"/gestion/demarches/dossier/{id}#messages");
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid document)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var doc = await files.DocumentAsync(id, document);
        return doc is null ? NotFound() : File(doc.Content, "application/pdf", doc.Name);
    }

    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid piece)
    {
        if (!await LoadAsync(id) || await files.OpenPieceAsync(id, piece) is not { } opened)
        {
            return NotFound();
        }
        await audit.AppendAsync(
            AuditActor.Of(Me),
            "procedures.file.attachment",
            $"procedures:file:{Current.Number}",
            Current.CommuneInsee,
            opened.Attachment.Name
        );
        return Download.Of(Response, opened);
    }

    public string PiecePath(Guid piece) => $"/gestion/demarches/dossier/{Current.Id}?handler=Piece&piece={piece}";

    public string StateLabel(string? key) => Workflow.States.FirstOrDefault(s => s.Key == key)?.Label ?? key ?? "";

    /// <summary>Loads the file if the agent's scope reaches it: a file of another commune is "not found".</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        if (await files.LoadAsync(id, Me) is not { } file)
        {
            return false;
        }
        (Current, Workflow, Form, ProcedureTitle, Sent, Rows) = (
            file.Current,
            file.Workflow,
            file.Form,
            file.ProcedureTitle,
            file.Sent,
            file.Rows
        );
        Lines = new FileLines(file.People, file.Workflow, text);
        (Revisions, History, Messages, Available, Candidates, Documents) = (
            file.Revisions,
            file.History,
            file.Messages,
            file.Available,
            file.Candidates,
            file.Documents
        );
        return true;
    }

    public IReadOnlyList<DocumentLink> Documents { get; private set; } = [];

    /// <summary>History, versions and messages with people's names and plain events.</summary>
    public FileLines Lines { get; private set; } = null!;

    /// <summary>The applicant's name when they have an account (without one, only their address is known).</summary>
    public string? ApplicantName => Lines.Named(Kernel.Audit.AuditActor.Of(Current.ApplicantAccountId ?? ""));

    /// <summary>The agents who may instruct this file, hence be assigned it.</summary>
    public IReadOnlyList<PermissionHolder> Candidates { get; private set; } = [];

    public string MyId => Me;

    public IReadOnlyDictionary<Guid, FileAttachment> Sent { get; private set; } =
        new Dictionary<Guid, FileAttachment>();
}
