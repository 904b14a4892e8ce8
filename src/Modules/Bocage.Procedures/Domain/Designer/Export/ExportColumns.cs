using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer.Export;

/// <summary>
/// One column per field of a procedure's versions (in the order of the latest), for the bulk export.
/// A repeatable block is flattened: its children repeat with an index (<c>enfants[2].enfant-nom</c>) up
/// to the block's maximum; an address gives three columns; several choices are joined by « ; »; a file
/// gives the attached file's name; a code of the COG or a country is followed by its name; a linked drop-down
/// gives its choice and sub-choice apart.
/// </summary>
internal sealed record ExportColumn(string Header, Func<AnswerSet, string> Value)
{
    /// <param name="fileNames">Names of the attachments by stored-file id.</param>
    public static List<ExportColumn> For(
        IEnumerable<FormSchema> versionsNewestFirst,
        IReadOnlyDictionary<Guid, string>? fileNames = null
    )
    {
        var names = fileNames ?? new Dictionary<Guid, string>();
        var columns = new List<ExportColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (
            var field in versionsNewestFirst
                .SelectMany(v => v.Pages)
                .SelectMany(p => p.Fields)
                .Where(f => f.HoldsAnswer)
        )
        {
            if (!seen.Add(field.Key))
            {
                continue;
            }
            if (field.Type == FieldType.RepeatableBlock)
            {
                var repeats = (int)Math.Clamp(field.Max ?? 1, 1, Designer.FieldRules.MaxRepeats);
                for (var i = 0; i < repeats; i++)
                {
                    foreach (var child in field.Children.Where(c => c.HoldsAnswer))
                    {
                        columns.AddRange(
                            Of(child, $"{field.Key}.{i}.{child.Key}", $"{field.Key}[{i + 1}].{child.Key}", names)
                        );
                    }
                }
                continue;
            }
            columns.AddRange(Of(field, field.Key, field.Key, names));
        }
        return columns;
    }

    private static IEnumerable<ExportColumn> Of(
        FieldDefinition field,
        string input,
        string header,
        IReadOnlyDictionary<Guid, string> names
    )
    {
        if (field.Type == FieldType.File)
        {
            return
            [
                new ExportColumn(header, a =>
                    Safe(Guid.TryParse(a[input], out var id) && names.TryGetValue(id, out var name) ? name : a[input])
                ),
            ];
        }
        if (field.Type == FieldType.Address)
        {
            return new[] { "rue", "code-postal", "commune" }.Select(part => new ExportColumn($"{header}.{part}", a =>
                Safe(a[$"{input}.{part}"])
            ));
        }
        if (field.Type == FieldType.LinkedDropDown)
        {
            // As Démarches Simplifiées exports it: the first choice and the sub-choice in a column each.
            return
            [
                new ExportColumn($"{header}.choix", a => Safe(Split(a[input]).First)),
                new ExportColumn($"{header}.sous-choix", a => Safe(Split(a[input]).Second)),
            ];
        }
        var column = new ExportColumn(header, a => Safe(string.Join(" ; ", a.All(input))));
        return CodeNames.Of(field.Type) is { } name
            ? [column, new ExportColumn($"{header}.libelle", a => Safe(name(a[input])))]
            : [column];
    }

    private static (string First, string Second) Split(string value) =>
        value.Split(LinkedOptions.Separator, 2) is [var first, var second] ? (first, second) : (value, "");

    /// <summary>
    /// A value starting like a formula is prefixed so that a spreadsheet never runs it (CSV injection).
    /// </summary>
    public static string Safe(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
