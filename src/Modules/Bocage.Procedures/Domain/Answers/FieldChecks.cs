using System.Globalization;
using System.Text.RegularExpressions;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>The check of one answer by field type; returns the French message, or null with the value as kept.</summary>
internal static partial class FieldChecks
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string? Run(FieldDefinition field, IReadOnlyList<string> values, IReadOnlyList<ChoiceOption> choices, out string[]? normalised)
    {
        normalised = null;
        var label = field.Label;
        var text = (values.Count > 0 ? values[0] : "").Trim();
        if (values.Any(v => v.Length > Limits.LongText * 2))
        {
            return AnswerMessages.TooLong(label, field.Type == FieldType.LongText ? Limits.LongText : Limits.ShortText);
        }
        if (!values.All(v => TextRules.IsClean(v, field.Type == FieldType.LongText)))
        {
            return AnswerMessages.Characters(label);
        }
        if (field.Type == FieldType.MultipleChoice ? values.All(string.IsNullOrWhiteSpace) : text.Length == 0)
        {
            return field.Required || field.Type == FieldType.HonourStatement ? Missing(field) : null;
        }
        string? error;
        (error, var kept) = field.Type switch
        {
            FieldType.ShortText or FieldType.LongText => TextRules.Check(field, text),
            FieldType.Number => Number(field, text),
            FieldType.Amount => Amount(field, text),
            FieldType.Date => Date(label, text),
            FieldType.YesNo => text is "oui" or "non" ? (null, text) : (AnswerMessages.YesNo(label), null),
            FieldType.SingleChoice or FieldType.DropDown =>
                choices.Any(c => c.Value == text) ? (null, text) : (AnswerMessages.Choice(label), null),
            FieldType.MultipleChoice => (null, null),
            FieldType.Email => Email(label, text),
            FieldType.Phone => Phone(label, text),
            FieldType.Siret => Bocage.Kernel.Companies.Siret.TryParse(text, out var siret) ? (null, siret.Value) : (AnswerMessages.Siret(label), null),
            FieldType.Iban => Iban.Normalise(text) is { } iban ? (null, iban) : (AnswerMessages.Iban(label), null),
            FieldType.File => Guid.TryParse(text, out var id) ? (null, id.ToString()) : (AnswerMessages.File(label), null),
            FieldType.HonourStatement => text == "oui" ? (null, "oui") : (AnswerMessages.Honour(label), null),
            _ => (null, text),
        };
        if (field.Type == FieldType.MultipleChoice)
        {
            var chosen = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToArray();
            if (chosen.Length > choices.Count || !chosen.All(v => choices.Any(c => c.Value == v)))
            {
                return AnswerMessages.Choice(label);
            }
            normalised = chosen;
            return null;
        }
        normalised = kept is null ? null : [kept];
        return error;
    }

    private static string Missing(FieldDefinition field) =>
        field.Type switch
        {
            FieldType.HonourStatement => AnswerMessages.Honour(field.Label),
            FieldType.File => AnswerMessages.File(field.Label),
            _ => AnswerMessages.Required(field.Label),
        };

    private static (string?, string?) Number(FieldDefinition field, string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (compact.Length > 18 || !long.TryParse(compact, NumberStyles.AllowLeadingSign, Invariant, out var number))
        {
            return (AnswerMessages.Number(field.Label), null);
        }
        return Bounds(field, number, n => n.ToString(Invariant)) ?? (null, number.ToString(Invariant));
    }

    private static (string?, string?) Amount(FieldDefinition field, string text)
    {
        if (Money.ParseCents(text) is not { } cents)
        {
            return (AnswerMessages.Amount(field.Label), null);
        }
        // A negative amount is never a fee or an aid asked for, unless the designer allowed it.
        var bounded = field with { Min = field.Min ?? 0 };
        return Bounds(bounded, cents, Money.Format) ?? (null, cents.ToString(Invariant));
    }

    private static (string?, string?)? Bounds(FieldDefinition field, long value, Func<long, string> show) =>
        field.Min is { } min && value < min ? (AnswerMessages.Below(field.Label, show(min)), null)
        : field.Max is { } max && value > max ? (AnswerMessages.Above(field.Label, show(max)), null)
        : null;

    private static (string?, string?) Date(string label, string text)
    {
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
        if (text.Length > 10 || !DateOnly.TryParseExact(text, formats, Invariant, DateTimeStyles.None, out var date))
        {
            return (AnswerMessages.Date(label), null);
        }
        return date.Year is < 1900 or > 2100 ? (AnswerMessages.DateRange(label), null) : (null, date.ToString("yyyy-MM-dd", Invariant));
    }

    [GeneratedRegex(@"^[^@\s""<>,;]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.None, 100)]
    private static partial Regex EmailShape();

    private static (string?, string?) Email(string label, string text) =>
        text.Length <= 254 && EmailShape().IsMatch(text) ? (null, text) : (AnswerMessages.Email(label), null);

    private static (string?, string?) Phone(string label, string text)
    {
        if (text.Length > 30)
        {
            return (AnswerMessages.Phone(label), null);
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
        var valid = digits.Length == 10 && digits[0] == '0' && digits[1] is >= '1' and <= '9' && digits.All(char.IsAsciiDigit);
        return valid ? (null, string.Join(' ', digits.Chunk(2).Select(c => new string(c)))) : (AnswerMessages.Phone(label), null);
    }
}
