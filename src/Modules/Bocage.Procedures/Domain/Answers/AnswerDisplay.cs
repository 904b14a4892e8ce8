using System.Globalization;
using Bocage.Kernel.Amounts;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// One answer as people read it: the field's label and its value in words; for a file, the attachment to link to.
/// </summary>
internal sealed record AnswerRow(string Label, string Value, Guid? Attachment = null);

/// <summary>
/// Turns stored answers into rows for the review page, the receipt, the agent's file page and exports.
/// </summary>
internal static class AnswerDisplay
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="files">The file's attachments by stored-file id: a file answer reads as its name and size.</param>
    public static IReadOnlyList<AnswerRow> Rows(
        FormSchema form,
        AnswerSet answers,
        IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> lists,
        IReadOnlyDictionary<Guid, FileAttachment>? files = null
    )
    {
        files ??= new Dictionary<Guid, FileAttachment>();
        var rows = new List<AnswerRow>();
        foreach (
            var field in AnswerValidator
                .Visible(form.Pages.SelectMany(p => p.Fields), answers)
                .Where(f => f.HoldsAnswer)
        )
        {
            if (field.Type == FieldType.RepeatableBlock)
            {
                var count = int.TryParse(answers[field.Key], out var n) ? Math.Min(n, Limits.MaxRepeats) : 0;
                for (var i = 0; i < count; i++)
                {
                    rows.AddRange(
                        field
                            .Children.Where(c => c.HoldsAnswer)
                            .Select(c =>
                                Row(
                                    $"{field.Label} {i + 1} — {c.Label}",
                                    c,
                                    $"{field.Key}.{i}.{c.Key}",
                                    answers,
                                    lists,
                                    files
                                )
                            )
                    );
                }
                continue;
            }
            rows.Add(Row(field.Label, field, field.Key, answers, lists, files));
        }
        return rows;
    }

    private static AnswerRow Row(
        string label,
        FieldDefinition field,
        string name,
        AnswerSet answers,
        IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> lists,
        IReadOnlyDictionary<Guid, FileAttachment> files
    ) =>
        field.Type == FieldType.File && Guid.TryParse(answers[name], out var id) && files.TryGetValue(id, out var file)
            ? new AnswerRow(label, $"{file.Name} ({Bocage.Kernel.Files.UploadMessages.Size(file.SizeBytes)})", id)
            : new AnswerRow(label, Value(field, name, answers, lists));

    public static string Value(
        FieldDefinition field,
        string name,
        AnswerSet answers,
        IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> lists
    )
    {
        var options = field.OptionsList is { } list && lists.TryGetValue(list, out var named) ? named : field.Options;
        var value = answers[name];
        return field.Type switch
        {
            FieldType.Address => AddressCheck.Line(
                answers,
                name,
                lists.GetValueOrDefault(AnswerValidator.CommunesList) ?? []
            ),
            FieldType.Checkbox => value == "oui" ? "Oui" : "Non",
            _ when value.Length == 0 => "—",
            FieldType.Decimal => decimal.TryParse(
                value,
                NumberStyles.Number,
                CultureInfo.InvariantCulture,
                out var number
            )
                ? number.ToString(French)
                : value,
            FieldType.DateTime => System.DateTime.TryParseExact(
                value,
                "yyyy-MM-dd'T'HH:mm",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var moment
            )
                ? moment.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
                : value,
            FieldType.Civility => value == "Mme" ? "Madame" : "Monsieur",
            FieldType.Commune => Bocage.Kernel.Territory.FrenchGeography.Commune(value)?.Display ?? value,
            FieldType.Amount => long.TryParse(value, out var cents) ? Money.Format(cents) : value,
            FieldType.Date => DateOnly.TryParseExact(
                value,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var d
            )
                ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : value,
            FieldType.YesNo or FieldType.HonourStatement => value == "oui" ? "Oui" : "Non",
            FieldType.SingleChoice
            or FieldType.DropDown
            or FieldType.Departement
            or FieldType.Region
            or FieldType.Country => options.FirstOrDefault(o => o.Value == value)?.Label ?? value,
            FieldType.MultipleChoice => string.Join(
                ", ",
                answers.All(name).Select(v => options.FirstOrDefault(o => o.Value == v)?.Label ?? v)
            ),
            FieldType.File => "Fichier joint",
            _ => value,
        };
    }
}
