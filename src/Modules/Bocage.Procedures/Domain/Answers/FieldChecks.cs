using System.Globalization;
using System.Text.RegularExpressions;
using Bocage.Kernel.Amounts;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// The check of one answer by field type; returns the message in the language of the request, or null with the value as
/// kept.
/// </summary>
internal static partial class FieldChecks
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string? Run(
        FieldDefinition field,
        IReadOnlyList<string> values,
        IReadOnlyList<ChoiceOption> choices,
        AnswerMessages messages,
        out string[]? normalised
    )
    {
        normalised = null;
        var label = field.Label;
        var text = (values.Count > 0 ? values[0] : "").Trim();
        if (values.Any(v => v.Length > Limits.LongText * 2))
        {
            return messages.TooLong(label, field.Type == FieldType.LongText ? Limits.LongText : Limits.ShortText);
        }
        if (!values.All(v => TextRules.IsClean(v, field.Type == FieldType.LongText)))
        {
            return messages.Characters(label);
        }
        if (field.Type == FieldType.MultipleChoice ? values.All(string.IsNullOrWhiteSpace) : text.Length == 0)
        {
            return field.Required || field.Type == FieldType.HonourStatement ? Missing(field, messages) : null;
        }
        string? error;
        (error, var kept) = field.Type switch
        {
            FieldType.ShortText or FieldType.LongText => TextRules.Check(field, text, messages),
            FieldType.Number => Number(field, text, messages),
            FieldType.Amount => Amount(field, text, messages),
            FieldType.Date => Date(label, text, messages),
            FieldType.YesNo => text is "oui" or "non" ? (null, text) : (messages.YesNo(label), null),
            FieldType.SingleChoice
            or FieldType.DropDown
            or FieldType.LinkedDropDown
            or FieldType.Departement
            or FieldType.Region
            or FieldType.Country
            or FieldType.LinkedFile => choices.Any(c => c.Value == text)
                ? (null, text)
                : (messages.Choice(label), null),
            FieldType.MultipleChoice => (null, null),
            FieldType.Email => Email(label, text, messages),
            FieldType.Phone => Phone(label, text, messages),
            FieldType.Siret => Bocage.Kernel.Companies.Siret.TryParse(text, out var siret)
                ? (null, siret.Value)
                : (messages.Siret(label), null),
            FieldType.Iban => Iban.Normalise(text) is { } iban ? (null, iban) : (messages.Iban(label), null),
            FieldType.File => Guid.TryParse(text, out var id) ? (null, id.ToString()) : (messages.File(label), null),
            FieldType.HonourStatement => text == "oui" ? (null, "oui") : (messages.Honour(label), null),
            FieldType.Checkbox => text == "oui" ? (null, "oui") : (messages.YesNo(label), null),
            FieldType.Civility => text is "Mme" or "M." ? (null, text) : (messages.Choice(label), null),
            FieldType.Decimal => FieldFormats.Decimal(field, text, messages),
            FieldType.DateTime => FieldFormats.DateTime(label, text, messages),
            FieldType.Commune => FieldFormats.Commune(label, text, messages),
            FieldType.Rna => FieldFormats.Rna(label, text, messages),
            FieldType.MapPoint => FieldFormats.MapPoint(label, text, messages),
            _ => (null, text),
        };
        if (field.Type == FieldType.MultipleChoice)
        {
            var chosen = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToArray();
            if (chosen.Length > choices.Count || !chosen.All(v => choices.Any(c => c.Value == v)))
            {
                return messages.Choice(label);
            }
            normalised = chosen;
            return null;
        }
        normalised = kept is null ? null : [kept];
        return error;
    }

    private static string Missing(FieldDefinition field, AnswerMessages messages) =>
        field.Type switch
        {
            FieldType.HonourStatement => messages.Honour(field.Label),
            FieldType.File => messages.File(field.Label),
            _ => messages.Required(field.Label),
        };

    private static (string?, string?) Number(FieldDefinition field, string text, AnswerMessages messages)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (compact.Length > 18 || !long.TryParse(compact, NumberStyles.AllowLeadingSign, Invariant, out var number))
        {
            return (messages.Number(field.Label), null);
        }
        return Bounds(field, number, n => n.ToString(Invariant), messages) ?? (null, number.ToString(Invariant));
    }

    private static (string?, string?) Amount(FieldDefinition field, string text, AnswerMessages messages)
    {
        if (!Money.TryParse(text, out var cents, allowNegative: true))
        {
            return (messages.Amount(field.Label), null);
        }
        // A negative amount is never a fee or an aid asked for, unless the designer allowed it.
        var bounded = field with { Min = field.Min ?? 0 };
        return Bounds(bounded, cents, Money.Format, messages) ?? (null, cents.ToString(Invariant));
    }

    private static (string?, string?)? Bounds(
        FieldDefinition field,
        long value,
        Func<long, string> show,
        AnswerMessages messages
    ) =>
        field.Min is { } min && value < min ? (messages.Below(field.Label, show(min)), null)
        : field.Max is { } max && value > max ? (messages.Above(field.Label, show(max)), null)
        : null;

    private static (string?, string?) Date(string label, string text, AnswerMessages messages)
    {
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
        if (text.Length > 10 || !DateOnly.TryParseExact(text, formats, Invariant, DateTimeStyles.None, out var date))
        {
            return (messages.Date(label), null);
        }
        return date.Year is < 1900 or > 2100
            ? (messages.DateRange(label), null)
            : (null, date.ToString("yyyy-MM-dd", Invariant));
    }

    [GeneratedRegex(
        @"^[^@\s""<>,;]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
        RegexOptions.None,
        100
    )]
    private static partial Regex EmailShape();

    private static (string?, string?) Email(string label, string text, AnswerMessages messages) =>
        text.Length <= 254 && EmailShape().IsMatch(text) ? (null, text) : (messages.Email(label), null);

    private static (string?, string?) Phone(string label, string text, AnswerMessages messages)
    {
        if (text.Length > 30)
        {
            return (messages.Phone(label), null);
        }
        var digits = new string(text.Where(c => !" .-()\u00a0".Contains(c)).ToArray());
        if (digits.StartsWith("+33", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }
        else if (digits.StartsWith("0033", StringComparison.Ordinal))
        {
            digits = "0" + digits[4..];
        }
        var valid =
            digits.Length == 10 && digits[0] == '0' && digits[1] is >= '1' and <= '9' && digits.All(char.IsAsciiDigit);
        return valid
            ? (null, string.Join(' ', digits.Chunk(2).Select(c => new string(c))))
            : (messages.Phone(label), null);
    }
}
