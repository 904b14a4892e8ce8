using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The draft's workflow: rename, add and remove states; list and remove transitions.</summary>
internal sealed class CircuitModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    public WorkflowDefinition Workflow { get; private set; } = DefaultWorkflow.Create();

    [BindProperty]
    public string? NewLabel { get; set; }

    [BindProperty]
    public StateKind NewKind { get; set; } = StateKind.InReview;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        Workflow = Draft.Workflow;
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(Guid id, string? key, string? label) =>
        ChangeAsync(
            id,
            w => WorkflowEditor.RenameState(w, key ?? "", (label ?? "").Trim()),
            $"state {key} renamed",
            "state-" + key
        );

    public Task<IActionResult> OnPostRemoveStateAsync(Guid id, string? key) =>
        ChangeAsync(id, w => WorkflowEditor.RemoveState(w, key ?? ""), $"state {key} removed", "");

    public Task<IActionResult> OnPostRemoveTransitionAsync(Guid id, string? key) =>
        ChangeAsync(id, w => WorkflowEditor.RemoveTransition(w, key ?? ""), $"transition {key} removed", "");

    public Task<IActionResult> OnPostAddStateAsync(Guid id)
    {
        var label = (NewLabel ?? "").Trim();
        return ChangeAsync(
            id,
            w =>
                WorkflowEditor.AddState(
                    w,
                    new(WorkflowEditor.NewKey(w.States.Select(s => s.Key), label), label, NewKind)
                ),
            $"state {label} added",
            nameof(NewLabel)
        );
    }

    /// <summary>
    /// Applies a change and saves it only when the workflow stays valid; mistakes go to <paramref name="input"/>.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        Guid id,
        Func<WorkflowDefinition, WorkflowDefinition> change,
        string what,
        string input
    )
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        var changed = change(Draft.Workflow);
        var errors = WorkflowRules.Check(changed, Draft.Form);
        if (changed.States.Any(s => s.Label.Length > 100))
        {
            errors.Add(new("", "WorkflowStateLabelTooLong"));
        }
        if (errors.Count > 0)
        {
            foreach (var error in errors.DistinctBy(e => e.MessageKey))
            {
                ModelState.AddModelError(input, Text[error.MessageKey, error.Arguments]);
            }
            Workflow = Draft.Workflow;
            return Page();
        }
        await Designer.SaveDraftAsync(AccountId, Procedure, Draft.Form, changed, what, HttpContext.RequestAborted);
        return Back("DesignSaved", "Circuit");
    }
}
