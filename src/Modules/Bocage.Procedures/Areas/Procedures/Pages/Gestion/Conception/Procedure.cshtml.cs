using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>The draft version's pages and fields: add, rename, reorder, remove; publish the draft.</summary>
internal sealed class ProcedureModel(DesignerService designer, IStringLocalizer<ProceduresResource> text)
    : DesignerPageModel(designer, text)
{
    public FormSchema Form { get; private set; } = new([]);

    public int DraftNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        Show();
        return Page();
    }

    public Task<IActionResult> OnPostAddPageAsync(Guid id, string? title) =>
        EditAsync(id, form => FormEditor.AddPage(form, Clean(title, Text["DesignNewPage"])), "page+");

    public Task<IActionResult> OnPostRenamePageAsync(Guid id, int page, string? title) =>
        EditAsync(
            id,
            form => FormEditor.RenamePage(form, page, Clean(title, Text["DesignNewPage"])),
            $"page {page} renamed"
        );

    public Task<IActionResult> OnPostMovePageAsync(Guid id, int page, int delta) =>
        EditAsync(id, form => FormEditor.MovePage(form, page, Math.Sign(delta)), $"page {page} moved");

    public Task<IActionResult> OnPostRemovePageAsync(Guid id, int page) =>
        EditAsync(id, form => FormEditor.RemovePage(form, page), $"page {page} removed");

    public Task<IActionResult> OnPostMoveFieldAsync(Guid id, string? key, int delta) =>
        EditAsync(id, form => FormEditor.MoveField(form, key ?? "", Math.Sign(delta)), $"field {key} moved");

    public async Task<IActionResult> OnPostRemoveFieldAsync(Guid id, string? key)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        var form = Draft.Form;
        var removed = FormEditor.RemoveField(form, key ?? "");
        if (removed.AllFields.Any(f => f.Condition?.FieldKey == key))
        {
            ModelState.AddModelError("", Text["DesignFieldReferenced", key ?? ""]);
            Show();
            return Page();
        }
        await Designer.SaveDraftAsync(
            AccountId,
            Procedure,
            removed,
            Draft.Workflow,
            $"field {key} removed",
            HttpContext.RequestAborted
        );
        return Back("DesignSaved");
    }

    /// <summary>Adds a field with a key from its label, then opens its editor.</summary>
    public async Task<IActionResult> OnPostAddFieldAsync(
        Guid id,
        int page,
        FieldType type,
        string? label,
        string? block
    )
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        var form = Draft.Form;
        var inBlock = block is not null && FormEditor.Find(form, block)?.Type == FieldType.RepeatableBlock;
        if (
            string.IsNullOrWhiteSpace(label)
            || label.Length > 500
            || !DesignerText.IsClean(label)
            || !Enum.IsDefined(type)
            || (block is not null && !inBlock)
            || (inBlock && type == FieldType.RepeatableBlock)
            || (!inBlock && (page < 0 || page >= form.Pages.Count))
        )
        {
            ModelState.AddModelError("nouveau-" + (block ?? page.ToString()), Text["DesignLabelRequired"]);
            Show();
            return block is null ? Page() : RedirectToPage("Champ", new { id, key = block });
        }
        var field = new FieldDefinition(FormEditor.NewKey(form, label), type, label.Trim())
        {
            Max = type == FieldType.RepeatableBlock ? 10 : null,
        };
        var changed = FormEditor.AddField(form, page, field, inBlock ? block : null);
        await Designer.SaveDraftAsync(
            AccountId,
            Procedure,
            changed,
            Draft.Workflow,
            $"field {field.Key} added",
            HttpContext.RequestAborted
        );
        Notice = "DesignFieldAdded";
        return RedirectToPage("Champ", new { id, key = field.Key });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        var number = Draft.Number;
        var errors = await Designer.PublishAsync(AccountId, Procedure, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            AddErrors(errors, "champ-");
            Show();
            return Page();
        }
        Notice = "DesignPublished";
        return RedirectToPage("Versions", new { id, published = number });
    }

    private async Task<IActionResult> EditAsync(Guid id, Func<FormSchema, FormSchema> change, string what)
    {
        if (!await LoadProcedureAsync(id))
        {
            return NotFound();
        }
        var changed = change(Draft.Form);
        await Designer.SaveDraftAsync(AccountId, Procedure, changed, Draft.Workflow, what, HttpContext.RequestAborted);
        return Back("DesignSaved");
    }

    private void Show()
    {
        Form = Draft.Form;
        DraftNumber = Draft.Number;
    }

    private static string Clean(string? text, string fallback) =>
        string.IsNullOrWhiteSpace(text) || !DesignerText.IsClean(text)
            ? fallback
            : text.Trim()[..Math.Min(text.Trim().Length, 200)];
}
