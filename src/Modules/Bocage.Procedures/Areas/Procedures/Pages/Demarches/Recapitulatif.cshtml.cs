using Bocage.Kernel.Audit;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// The answers to read again before submitting; submitting checks the whole form and gives the number. A draft that
/// still holds a wrong or missing answer (a required field a later answer revealed, say) is never shown for
/// sending: the person is taken back to the first step concerned, with the messages at their fields.
/// </summary>
internal sealed class RecapitulatifModel(
    ApplicantFileServices files,
    Submission submission,
    AuditLog audit,
    IStringLocalizer<ProceduresResource> text
) : ApplicantFilePage(files)
{
    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!Current.IsDraft)
        {
            return Redirect($"/demarches/dossier/{id}");
        }
        var check = await CheckAsync();
        return check.IsValid ? Page() : BackToStep(id, check);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var check = await CheckAsync();
        if (!Current.IsDraft)
        {
            return Redirect($"/demarches/dossier/{id}");
        }
        if (!check.IsValid)
        {
            return BackToStep(id, check);
        }
        var (outcome, number) = await submission.SubmitAsync(id, check.Clean, Actor);
        if (
            outcome == SubmitOutcome.Submitted
            && Current.MediatorAccountId is { } mediator
            && Current.ApplicantAccountId is { } person
        )
        {
            await audit.AppendAsync(
                AuditActor.Of(mediator),
                "procedures.submit",
                $"procedures:file:{number}",
                Current.CommuneInsee,
                Procedure.Slug,
                AuditActor.Of(person)
            );
        }
        Notice = outcome == SubmitOutcome.Submitted ? "FileSubmitted" : null;
        return Redirect($"/demarches/dossier/{id}");
    }

    private RedirectResult BackToStep(Guid id, AnswerCheck check) =>
        Redirect(FillPath(id, check.Errors.Keys.Min(PageOf)) + "?verifier=true");

    /// <summary>Which page holds an answer's field, where its message is shown and the answer corrected.</summary>
    private int PageOf(string name)
    {
        var key = name.Split('.')[0];
        for (var i = 0; i < Form.Pages.Count; i++)
        {
            if (Form.Pages[i].Fields.Any(f => f.Key == key))
            {
                return i;
            }
        }
        return 0;
    }

    private async Task<AnswerCheck> CheckAsync()
    {
        var check = new AnswerValidator(Lists, new AnswerMessages(text)).Validate(Form, Current.Answers);
        Sent = await Attachments.OfFileAsync(Current.Id);
        Rows = AnswerDisplay.Rows(Form, check.Clean, Lists, Sent);
        return check;
    }
}
