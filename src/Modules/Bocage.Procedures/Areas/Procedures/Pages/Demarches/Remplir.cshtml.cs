using Bocage.Kernel.Audit;
using Bocage.Kernel.Time;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// One page of a draft. Every submit of the page saves the draft as typed (server side, no JavaScript
/// needed); "Continuer" also checks the page's answers and shows each message at its field.
/// </summary>
[ServiceFilter(typeof(FillRequestLimitsFilter), Order = FillRequestLimitsFilter.Order)]
internal sealed class RemplirModel(
    ApplicantFileServices files,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<ProceduresResource> text
) : ApplicantFilePage(files)
{
    public int PageIndex { get; private set; }

    public FormPage CurrentPage => Form.Pages[PageIndex];

    public AnswerSet Answers { get; private set; } = new();

    public IEnumerable<FieldDefinition> VisibleFields => AnswerValidator.Visible(CurrentPage.Fields, Answers);

    public async Task<IActionResult> OnGetAsync(Guid id, int etape, [FromServices] FillRequestLimits limits)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!Current.IsDraft)
        {
            return Redirect($"/demarches/dossier/{id}");
        }
        PageIndex = Math.Clamp(etape, 0, Math.Max(Form.Pages.Count - 1, 0));
        Answers = Current.Answers;
        Sent = await Attachments.OfFileAsync(id);
        if (Request.QueryString.Value?.Contains(FillRequestLimits.TooLargeFlag, StringComparison.Ordinal) == true)
        {
            // What the filter refused: the page as last saved, and why nothing of the last send was kept.
            var limit = await limits.LimitAsync(id, PageIndex, HttpContext.RequestAborted);
            ModelState.AddModelError("", text["RequestTooLarge", Bocage.Kernel.Files.UploadMessages.Size(limit)]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int etape, string? aller, string? repeter, string? retirer)
    {
        if (await LoadAsync(id, tracked: true) is { } refused)
        {
            return refused;
        }
        if (!Current.IsDraft || Form.Pages.Count == 0)
        {
            return Redirect($"/demarches/dossier/{id}");
        }
        await ReadTypedAsync(id, etape);
        Repeat(repeter, +1);
        Repeat(retirer, -1);
        var (rejected, replaced) = await Attachments.ReceiveAsync(
            Current,
            CurrentPage.Fields,
            FieldView.Files(Request.Form),
            Request.Form[FieldView.RemoveFile].FirstOrDefault(),
            Answers,
            Actor
        );
        Current.SaveDraft(Answers, clock.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync();
        await Attachments.DeleteStoredAsync(id, replaced);
        Sent = await Attachments.OfFileAsync(id);
        await AuditMediatorAsync();
        if (rejected.Count > 0)
        {
            // The other answers are saved; the page comes back with the refusal at its field.
            foreach (var (name, message) in rejected)
            {
                ModelState.AddModelError(FieldView.Prefix + name, message);
            }
            return Page();
        }
        if (
            repeter is not null
            || retirer is not null
            || aller == "enregistrer"
            || Request.Form.ContainsKey(FieldView.RemoveFile)
        )
        {
            Notice = "DraftSaved";
            return Redirect(FillPath(id, PageIndex));
        }
        if (aller == "precedent")
        {
            return Redirect(PageIndex == 0 ? $"/demarches/{Procedure.Slug}" : FillPath(id, PageIndex - 1));
        }
        var pageKeys = CurrentPage.Fields.Select(f => f.Key).ToHashSet();
        var check = new AnswerValidator(Lists, new AnswerMessages(text)).Validate(Form, Answers, f =>
            pageKeys.Contains(f.Key)
        );
        if (!check.IsValid)
        {
            foreach (var (name, message) in check.Errors)
            {
                ModelState.AddModelError(FieldView.Prefix + name, message);
            }
            return Page();
        }
        return Redirect(
            PageIndex + 1 < Form.Pages.Count ? FillPath(id, PageIndex + 1) : $"/demarches/dossier/{id}/recapitulatif"
        );
    }

    /// <summary>
    /// The script's autosave: the page's answers as typed become the draft, unchecked (a required field may be
    /// empty yet); files are never sent this way. Answers a small fragment for the page's live region.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, int etape)
    {
        if (await LoadAsync(id, tracked: true) is { } refused)
        {
            return refused;
        }
        Response.Headers.CacheControl = "no-store";
        if (!Current.IsDraft || Form.Pages.Count == 0)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }
        await ReadTypedAsync(id, etape);
        var now = clock.GetUtcNow().UtcDateTime;
        Current.SaveDraft(Answers, now);
        await Db.SaveChangesAsync();
        await AuditMediatorAsync();
        return Partial("_Autosaved", ParisTime.ToParis(now));
    }

    /// <summary>The draft's answers with this page's fields replaced by what the form carries.</summary>
    private async Task ReadTypedAsync(Guid id, int etape)
    {
        PageIndex = Math.Clamp(etape, 0, Form.Pages.Count - 1);
        Sent = await Attachments.OfFileAsync(id);
        var typed = FieldView.Read(Request.Form, CurrentPage.Fields, Sent);
        var answers = Current.Answers;
        foreach (var field in CurrentPage.Fields)
        {
            answers.RemoveField(field.Key);
        }
        Answers = answers.Merge(typed);
    }

    private async Task AuditMediatorAsync()
    {
        if (Current.MediatorAccountId is { } mediator && Current.ApplicantAccountId is { } person)
        {
            await audit.AppendAsync(
                AuditActor.Of(mediator),
                "procedures.draft",
                $"procedures:file:{Current.Id}",
                Current.CommuneInsee,
                Procedure.Slug,
                AuditActor.Of(person)
            );
        }
    }

    private void Repeat(string? block, int delta)
    {
        var field = CurrentPage.Fields.FirstOrDefault(f => f.Key == block && f.Type == FieldType.RepeatableBlock);
        if (field is not null)
        {
            var count = int.TryParse(Answers[field.Key], out var n) ? n : 0;
            Answers.Set(
                field.Key,
                Math.Clamp(count + delta, 0, (int)Math.Min(field.Max ?? Limits.MaxRepeats, Limits.MaxRepeats))
                    .ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
        }
    }
}
