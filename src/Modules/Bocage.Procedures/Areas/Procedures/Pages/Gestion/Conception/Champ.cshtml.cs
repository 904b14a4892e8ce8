using Bocage.Kernel.Files;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The editor of one field of the draft: label, help, rules, choices, condition, text, children.</summary>
internal sealed class ChampModel(
    DesignerService designer,
    IStringLocalizer<ProceduresResource> text,
    IOptions<FilesOptions> files
) : DesignerPageModel(designer, text)
{
    [BindProperty]
    public FieldInput Input { get; set; } = new();

    public FieldDefinition Field { get; private set; } = null!;

    public FieldDefinition? Block { get; private set; }

    /// <summary>The kernel's size limit in megabytes, the most a file field may allow.</summary>
    public long KernelMaxMegabytes => Math.Max(1, files.Value.MaxBytes / FieldDefinition.Megabyte);

    public int PageIndex { get; private set; }

    /// <summary>Fields before this one that hold an answer: those a display condition may look at.</summary>
    public IReadOnlyList<FieldDefinition> Earlier { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }
        Input = FieldInput.From(Field);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }
        var errors = new List<DesignError>();
        var field = Input.ToField(Field, errors);
        var form = Draft.Form;
        errors.AddRange(FieldRules.Check(form, key, field));
        FieldRules.CheckFileSize(field, files.Value.MaxBytes, errors);
        if (errors.Count > 0)
        {
            AddErrors(errors.DistinctBy(e => e.Input));
            return Page();
        }
        var changed = FormEditor.RenameReferences(FormEditor.ReplaceField(form, key, field), key, field.Key);
        var workflow = Draft.Workflow;
        workflow = workflow with
        {
            Transitions = workflow
                .Transitions.Select(t =>
                    t with
                    {
                        Actions = t
                            .Actions.Select(a =>
                                a with
                                {
                                    ReopenFields = a.ReopenFields.Select(k => k == key ? field.Key : k).ToList(),
                                }
                            )
                            .ToList(),
                    }
                )
                .ToList(),
        };
        await Designer.SaveDraftAsync(
            AccountId,
            Procedure,
            changed,
            workflow,
            $"field {key} edited",
            HttpContext.RequestAborted
        );
        return Back("DesignSaved", "Procedure");
    }

    private async Task<bool> LoadAsync(Guid id, string key)
    {
        if (!await LoadProcedureAsync(id))
        {
            return false;
        }
        var form = Draft.Form;
        if (FormEditor.Find(form, key) is not { } field)
        {
            return false;
        }
        Field = field;
        Block = FormEditor.ParentOf(form, key);
        PageIndex = FormEditor.PageOf(form, key);
        Earlier = form
            .AllFields.TakeWhile(f => f.Key != key)
            .Where(f => f.HoldsAnswer && f.Type != FieldType.RepeatableBlock)
            .ToList();
        return true;
    }

    public bool Shows(params FieldType[] types) => types.Contains(Field.Type);
}
