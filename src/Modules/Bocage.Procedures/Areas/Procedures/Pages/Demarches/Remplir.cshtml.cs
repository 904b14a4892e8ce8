using Bocage.Kernel.Audit;
using Bocage.Kernel.Time;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// One page of a draft. Every submit of the page saves the draft as typed (server side, no JavaScript
/// needed); "Continuer" also checks the page's answers and shows each message at its field. A field whose
/// display condition hangs on an answer of the same page is drawn hidden until it holds: <c>fill.js</c> shows it as
/// the answer changes, and without the script "Continuer" brings the step back when the answers just sent reveal it.
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

    /// <summary>Labels of optional fields the answers just sent revealed on this step, still empty.</summary>
    public IReadOnlyList<string> Revealed { get; private set; } = [];

    /// <summary>Whether a field shows with the answers as they stand (its condition holds).</summary>
    public bool Shows(FieldDefinition field) => Conditions.Holds(field.Condition, Answers);

    /// <summary>The condition the page's script re-evaluates as the person answers, or null (see Conditions).</summary>
    public DisplayCondition? LiveCondition(FieldDefinition field) => Conditions.OnSamePage(field, CurrentPage.Fields);

    /// <param name="verifier">Set by the review page when this step still holds a wrong or missing answer.</param>
    public async Task<IActionResult> OnGetAsync(
        Guid id,
        int etape,
        bool verifier,
        [FromServices] FillRequestLimits limits
    )
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
        if (verifier)
        {
            ShowErrors(CheckPage());
        }
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
        // The answers this page was drawn from: every send saves the draft before the page comes back.
        var before = Current.Answers;
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
        await SaveDraftAsync(clock.GetUtcNow().UtcDateTime);
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
        var check = CheckPage();
        // A required field revealed empty already has its message; an optional one is named above the form, so
        // that a person without the script sees the question her answer added before the step moves on.
        Revealed =
        [
            .. Conditions
                .Revealed(CurrentPage.Fields, before, Answers)
                .Where(f => !check.Errors.ContainsKey(f.Key))
                .Select(f => f.Label),
        ];
        if (!check.IsValid || Revealed.Count > 0)
        {
            ShowErrors(check);
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
        await SaveDraftAsync(now);
        await AuditMediatorAsync();
        return Partial("_Autosaved", ParisTime.ToParis(now));
    }

    /// <summary>
    /// Saves the answers as the draft. The page's autosave and its send (or the same draft open in two tabs) may
    /// save at once, and the second would fail on the file's stamp: both come from the person, so the answers of
    /// the latest request win, on the draft as it now stands, instead of an error page that loses what was typed.
    /// </summary>
    private async Task SaveDraftAsync(DateTime nowUtc)
    {
        for (var attempt = 1; ; attempt++)
        {
            Current.SaveDraft(Answers, nowUtc);
            try
            {
                await Db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                await Db.Entry(Current).ReloadAsync();
            }
        }
    }

    /// <summary>The answers of this page's fields checked; the other pages' are kept as they are.</summary>
    private AnswerCheck CheckPage()
    {
        var pageKeys = CurrentPage.Fields.Select(f => f.Key).ToHashSet();
        return new AnswerValidator(Lists, new AnswerMessages(text)).Validate(Form, Answers, f =>
            pageKeys.Contains(f.Key)
        );
    }

    private void ShowErrors(AnswerCheck check)
    {
        foreach (var (name, message) in check.Errors)
        {
            ModelState.AddModelError(FieldView.Prefix + name, message);
        }
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
