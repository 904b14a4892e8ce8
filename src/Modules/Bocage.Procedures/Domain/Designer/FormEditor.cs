using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// Pure edits of a form: each returns a new schema, the records stay immutable. Field keys are unique
/// in the whole form (children of repeatable blocks included), so a key locates a field anywhere.
/// </summary>
internal static class FormEditor
{
    public static FormSchema AddPage(FormSchema form, string title) => new([.. form.Pages, new FormPage(title, [])]);

    public static FormSchema RenamePage(FormSchema form, int page, string title) =>
        new(form.Pages.Select((p, i) => i == page ? p with { Title = title } : p).ToList());

    /// <summary>Removes an empty page only: fields are removed one by one, so nothing disappears by surprise.</summary>
    public static FormSchema RemovePage(FormSchema form, int page) =>
        page >= 0 && page < form.Pages.Count && form.Pages[page].Fields.Count == 0
            ? new(form.Pages.Where((_, i) => i != page).ToList())
            : form;

    public static FormSchema MovePage(FormSchema form, int page, int delta) => new(Move(form.Pages, page, delta));

    /// <summary>
    /// Adds a field at the end of a page, or of a repeatable block's children when <paramref name="blockKey"/> is
    /// given.
    /// </summary>
    public static FormSchema AddField(FormSchema form, int page, FieldDefinition field, string? blockKey = null)
    {
        if (blockKey is not null)
        {
            return Map(form, f =>
                f.Key == blockKey && f.Type == FieldType.RepeatableBlock
                    ? f with
                    {
                        Children = [.. f.Children, field],
                    }
                    : f
            );
        }
        return new(form.Pages.Select((p, i) => i == page ? p with { Fields = [.. p.Fields, field] } : p).ToList());
    }

    public static FormSchema ReplaceField(FormSchema form, string key, FieldDefinition field) =>
        Map(form, f => f.Key == key ? field : f);

    public static FormSchema RemoveField(FormSchema form, string key) =>
        new(form.Pages.Select(p => p with { Fields = Remove(p.Fields, key) }).ToList());

    public static FormSchema MoveField(FormSchema form, string key, int delta) =>
        new(form.Pages.Select(p => p with { Fields = MoveIn(p.Fields, key, delta) }).ToList());

    /// <summary>Points the display conditions of other fields to a field's new key.</summary>
    public static FormSchema RenameReferences(FormSchema form, string oldKey, string newKey) =>
        oldKey == newKey
            ? form
            : Map(form, f =>
                f.Condition?.FieldKey == oldKey ? f with { Condition = f.Condition with { FieldKey = newKey } } : f
            );

    public static FieldDefinition? Find(FormSchema form, string key) =>
        form.AllFields.FirstOrDefault(f => f.Key == key);

    /// <summary>The block holding the field, or null for a field of a page.</summary>
    public static FieldDefinition? ParentOf(FormSchema form, string key) =>
        form.AllFields.FirstOrDefault(f => f.Type == FieldType.RepeatableBlock && f.Children.Any(c => c.Key == key));

    public static int PageOf(FormSchema form, string key)
    {
        for (var i = 0; i < form.Pages.Count; i++)
        {
            if (form.Pages[i].Fields.Any(f => f.Key == key || f.Children.Any(c => c.Key == key)))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A fresh key from the label (champ-2 when champ is taken).</summary>
    public static string NewKey(FormSchema form, string label)
    {
        var stem = Bocage.Kernel.Territory.Slugs.From(label);
        stem = stem.Length == 0 ? "champ" : stem[..Math.Min(stem.Length, 40)].Trim('-');
        var taken = form.AllFields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var key = stem;
        for (var n = 2; taken.Contains(key); n++)
        {
            key = $"{stem}-{n}";
        }
        return key;
    }

    private static FormSchema Map(FormSchema form, Func<FieldDefinition, FieldDefinition> change) =>
        new(form.Pages.Select(p => p with { Fields = p.Fields.Select(f => MapOne(f, change)).ToList() }).ToList());

    private static FieldDefinition MapOne(FieldDefinition field, Func<FieldDefinition, FieldDefinition> change)
    {
        var changed = change(field);
        return changed.Children.Count == 0
            ? changed
            : changed with
            {
                Children = changed.Children.Select(change).ToList(),
            };
    }

    private static List<FieldDefinition> Remove(IReadOnlyList<FieldDefinition> fields, string key) =>
        fields
            .Where(f => f.Key != key)
            .Select(f => f.Children.Count == 0 ? f : f with { Children = Remove(f.Children, key) })
            .ToList();

    private static List<FieldDefinition> MoveIn(IReadOnlyList<FieldDefinition> fields, string key, int delta)
    {
        var index = fields.ToList().FindIndex(f => f.Key == key);
        var moved = index >= 0 ? Move(fields, index, delta) : fields.ToList();
        return moved
            .Select(f => f.Children.Count == 0 ? f : f with { Children = MoveIn(f.Children, key, delta) })
            .ToList();
    }

    private static List<T> Move<T>(IReadOnlyList<T> items, int index, int delta)
    {
        var list = items.ToList();
        var target = index + delta;
        if (index < 0 || index >= list.Count || target < 0 || target >= list.Count)
        {
            return list;
        }
        (list[index], list[target]) = (list[target], list[index]);
        return list;
    }
}
