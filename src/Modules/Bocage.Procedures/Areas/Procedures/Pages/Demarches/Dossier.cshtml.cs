using Bocage.Kernel.Web;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// The applicant's view of a submitted file: state, history, messages, documents, payment, and the fields an agent
/// reopened.
/// </summary>
[RequestFormLimits(MemoryBufferThreshold = InMemoryForm)]
internal sealed class DossierModel(
    ApplicantFileServices files,
    TimeProvider clock,
    IStringLocalizer<ProceduresResource> text
) : ApplicantFilePage(files)
{
    public IReadOnlyList<FileEvent> History { get; private set; } = [];

    public DateTime? ComplementsReceivedAt => FileHistory.ComplementsReceivedAt(History);

    public IReadOnlyList<FileMessage> Conversation { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, DateTime At)> Documents { get; private set; } = [];

    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public AnswerSet Answers { get; private set; } = new();

    public IReadOnlyList<FieldDefinition> ReopenedFields { get; private set; } = [];

    [BindProperty]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id) ?? Page();

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid document)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var doc = await Db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == document && d.FileId == id);
        return doc is null ? NotFound() : File(doc.Content, "application/pdf", doc.Name);
    }

    /// <summary>The receipt of a filed file, the same PDF as the one mailed when it was filed.</summary>
    public async Task<IActionResult> OnGetReceiptAsync(Guid id, [FromServices] FileDocuments documents)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Current.SubmittedAt is null)
        {
            return NotFound();
        }
        return File(
            await documents.ReceiptAsync(Current, HttpContext.RequestAborted),
            "application/pdf",
            $"{Current.Number}.pdf"
        );
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var message = (Message ?? "").Trim();
        if (message.Length is 0 or > Domain.Filing.Messages.MaxLength || !TextRules.IsClean(message, multiline: true))
        {
            ModelState.AddModelError(nameof(Message), text["MessageInvalid", Domain.Filing.Messages.MaxLength]);
            return await ShowAsync(id) ?? Page();
        }
        Db.Messages.Add(
            new FileMessage(id, Actor, fromAgent: false, isPrivate: false, message, clock.GetUtcNow().UtcDateTime)
        );
        await Db.SaveChangesAsync();
        Notice = "MessageSent";
        return Redirect($"/demarches/dossier/{id}#messages");
    }

    public async Task<IActionResult> OnPostCompleteAsync(
        Guid id,
        [FromServices] Assignment assignment,
        [FromServices] PublicSite site
    )
    {
        if (await LoadAsync(id, tracked: true) is { } refused)
        {
            return refused;
        }
        var reopened = Current.Reopened.ToHashSet();
        if (Current.StateKind != StateKind.AwaitingApplicant || reopened.Count == 0)
        {
            return Redirect($"/demarches/dossier/{id}");
        }
        var fields = Form.Pages.SelectMany(p => p.Fields).Where(f => reopened.Contains(f.Key)).ToList();
        var answers = Current.Answers;
        var typed = FieldView.Read(Request.Form, fields, await Attachments.OfFileAsync(id));
        fields.ForEach(f => answers.RemoveField(f.Key));
        var merged = answers.Merge(typed);
        var (rejected, _) = await Attachments.ReceiveAsync(
            Current,
            fields,
            FieldView.Files(Request.Form),
            Request.Form[FieldView.RemoveFile].FirstOrDefault(),
            merged,
            Actor
        );
        // Accepted files are kept even when another answer is wrong, so that they need not be sent again.
        await Db.SaveChangesAsync();
        var check = new AnswerValidator(Lists, new AnswerMessages(text)).Validate(Form, merged, f =>
            reopened.Contains(f.Key)
        );
        if (!check.IsValid || rejected.Count > 0 || Request.Form.ContainsKey(FieldView.RemoveFile))
        {
            foreach (var (name, message) in rejected.Concat(check.Errors.Where(e => !rejected.ContainsKey(e.Key))))
            {
                ModelState.AddModelError(FieldView.Prefix + name, message);
            }
            await ShowAsync(id, merged);
            return Page();
        }
        await Db.Entry(Current).Collection(f => f.Revisions).LoadAsync();
        var history = await Db.FileEvents.AsNoTracking().Where(e => e.FileId == id).ToListAsync();
        var resume = FileHistory.ResumeState(history, Current.StateKey, Workflow);
        Current.Complete(check.Clean, Actor, clock.GetUtcNow().UtcDateTime, resume);
        await Db.SaveChangesAsync();
        await assignment.TellComplementsAsync(
            Current,
            site.Absolute($"/gestion/demarches/dossier/{id}"),
            HttpContext.RequestAborted
        );
        Notice = "Completed";
        return Redirect($"/demarches/dossier/{id}");
    }

    private async Task<IActionResult?> ShowAsync(Guid id, AnswerSet? typed = null)
    {
        if (Current is null && await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Current!.IsDraft)
        {
            return Redirect(FillPath(id, 0));
        }
        History = await Db
            .FileEvents.AsNoTracking()
            // What the applicant reads: the file's steps, not the engine's actions (« NotifyApplicant »).
            .Where(e => e.FileId == id && (e.Kind == FileEventKind.Transition || e.Kind == FileEventKind.Completed))
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .ToListAsync();
        Conversation = await Db
            .Messages.AsNoTracking()
            .Where(m => m.FileId == id && !m.IsPrivate)
            .OrderBy(m => m.At)
            .ThenBy(m => m.Id)
            .ToListAsync();
        Documents = (
            await Db
                .Documents.AsNoTracking()
                .Where(d => d.FileId == id)
                .Select(d => new
                {
                    d.Id,
                    d.Name,
                    d.At,
                })
                .ToListAsync()
        ).Select(d => (d.Id, d.Name, d.At)).ToList();
        Answers = typed ?? Current.Answers;
        Sent = await Attachments.OfFileAsync(id);
        Rows = AnswerDisplay.Rows(Form, Current.Answers, Lists, Sent);
        var reopened = Current.StateKind == StateKind.AwaitingApplicant ? Current.Reopened.ToHashSet() : [];
        ReopenedFields = Form.Pages.SelectMany(p => p.Fields).Where(f => reopened.Contains(f.Key)).ToList();
        return null;
    }
}
