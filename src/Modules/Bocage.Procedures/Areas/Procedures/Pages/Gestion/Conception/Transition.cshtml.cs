using Bocage.Kernel.Permissions;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>Adds or edits a transition of the draft's workflow, and its actions.</summary>
internal sealed class TransitionModel(
    DesignerService designer,
    Assignment assignment,
    IStringLocalizer<ProceduresResource> text
) : DesignerPageModel(designer, text)
{
    [BindProperty]
    public TransitionInput Input { get; set; } = new();

    [BindProperty]
    public ActionInput NewAction { get; set; } = new();

    public WorkflowDefinition Workflow { get; private set; } = DefaultWorkflow.Create();

    public FormSchema Form { get; private set; } = new([]);

    /// <summary>
    /// The agents an Assign action may name: those who may instruct files of the procedure's commune.
    /// </summary>
    public IReadOnlyList<PermissionHolder> Agents { get; private set; } = [];

    /// <summary>What the list of actions shows for an Assign action's preset: names, never a raw account id.</summary>
    public string? PresetName(string? assignTo) =>
        PresetAssignee.Name(
            assignTo,
            id => Agents.FirstOrDefault(a => a.AccountId == id)?.Name,
            Text["PresetAgentGone"],
            slug => Services.FirstOrDefault(o => o.Slug == slug)?.Name
        );

    /// <summary>The transition edited; null while adding one.</summary>
    public WorkflowTransition? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }
        if (Current is not null)
        {
            Input = new()
            {
                Label = Current.Label,
                From = [.. Current.From],
                To = Current.To,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }
        var label = (Input.Label ?? "").Trim();
        var transition = new WorkflowTransition(
            Current?.Key ?? WorkflowEditor.NewKey(Workflow.Transitions.Select(t => t.Key), label),
            label,
            Input.From.Distinct().ToList(),
            Input.To ?? ""
        )
        {
            Actions = Current?.Actions ?? [],
        };
        var errors = WorkflowRules.CheckTransition(transition, Workflow.States.Select(s => s.Key).ToHashSet(), Form);
        if (label.Length > 100)
        {
            errors.Add(new("Label", "WorkflowTransitionLabelRequired"));
        }
        if (errors.Count > 0)
        {
            AddErrors(errors.Where(e => !e.Input.StartsWith("Actions", StringComparison.Ordinal)));
            return Page();
        }
        await SaveAsync(
            WorkflowEditor.PutTransition(Workflow, Current?.Key, transition),
            $"transition {transition.Key} saved"
        );
        return RedirectToPage(new { id, key = transition.Key });
    }

    public async Task<IActionResult> OnPostAddActionAsync(Guid id, string? key)
    {
        if (!await LoadAsync(id, key) || Current is null)
        {
            return NotFound();
        }
        var errors = new List<DesignError>();
        var action = NewAction.ToAction(errors);
        if (errors.Count == 0)
        {
            errors.AddRange(
                WorkflowRules.CheckAction(
                    action,
                    Form,
                    Agents.Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal)
                )
            );
        }
        if (!Enum.IsDefined(NewAction.Type))
        {
            errors.Add(new("Type", "ActionTypeUnknown"));
        }
        if (errors.Count > 0)
        {
            AddErrors(errors, "NewAction.");
            Input = new()
            {
                Label = Current.Label,
                From = [.. Current.From],
                To = Current.To,
            };
            return Page();
        }
        var changed = Current with { Actions = [.. Current.Actions, action] };
        await SaveAsync(
            WorkflowEditor.PutTransition(Workflow, Current.Key, changed),
            $"transition {Current.Key}: action {action.Type} added"
        );
        return RedirectToPage(new { id, key });
    }

    public async Task<IActionResult> OnPostRemoveActionAsync(Guid id, string? key, int index)
    {
        if (!await LoadAsync(id, key) || Current is null)
        {
            return NotFound();
        }
        var changed = Current with { Actions = Current.Actions.Where((_, i) => i != index).ToList() };
        await SaveAsync(
            WorkflowEditor.PutTransition(Workflow, Current.Key, changed),
            $"transition {Current.Key}: action {index} removed"
        );
        return RedirectToPage(new { id, key });
    }

    private async Task SaveAsync(WorkflowDefinition workflow, string what)
    {
        await Designer.SaveDraftAsync(AccountId, Procedure, Form, workflow, what, HttpContext.RequestAborted);
        Notice = "DesignSaved";
    }

    private async Task<bool> LoadAsync(Guid id, string? key)
    {
        if (!await LoadProcedureAsync(id))
        {
            return false;
        }
        await LoadOwnersAsync();
        Agents = await assignment.CandidatesAsync(Procedure.CommuneInsee, HttpContext.RequestAborted);
        Workflow = Draft.Workflow;
        Form = Draft.Form;
        Current = key is null ? null : Workflow.Transitions.FirstOrDefault(t => t.Key == key);
        return key is null || Current is not null;
    }
}
