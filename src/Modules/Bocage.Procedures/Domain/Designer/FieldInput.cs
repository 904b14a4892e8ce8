using Bocage.Kernel.Amounts;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// What the field editor's form posts, as typed (strings, so a wrong number is sent back as it was),
/// and its conversion into a <see cref="FieldDefinition"/>. Bounds of an amount are typed in euros.
/// </summary>
internal sealed class FieldInput
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public string? Help { get; set; }
    public bool Required { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? MinLength { get; set; }
    public string? MaxLength { get; set; }
    public string? Pattern { get; set; }
    public string? PatternMessage { get; set; }

    /// <summary>
    /// One choice per line; « valeur | libellé » to set the stored value, otherwise it comes from the label.
    /// </summary>
    public string? Options { get; set; }
    public string? ListName { get; set; }
    public string? ConditionField { get; set; }
    public ConditionOperator ConditionOperator { get; set; }
    public string? ConditionValue { get; set; }
    public string? Text { get; set; }

    /// <summary>Names of the <see cref="Bocage.Kernel.Files.FileKind"/> a file field accepts (checkboxes).</summary>
    public List<string> Accept { get; set; } = [];

    /// <summary>A file field's size limit in megabytes; empty: the kernel's limit.</summary>
    public string? MaxMegabytes { get; set; }

    /// <summary>A date's earlier date field it may not precede (a departure after the arrival).</summary>
    public string? NotBefore { get; set; }

    /// <summary>A short text kept in capitals without spaces (passport, registration numbers).</summary>
    public bool Capitals { get; set; }

    /// <summary>One of <see cref="PersonalTokens"/>, for a question about the person filling the form.</summary>
    public string? Autocomplete { get; set; }

    public static FieldInput From(FieldDefinition f) =>
        new()
        {
            Key = f.Key,
            Label = f.Label,
            Help = f.Help,
            Required = f.Required,
            Min = Bound(f.Type, f.Min),
            Max = Bound(f.Type, f.Max),
            MinLength = f.MinLength?.ToString(),
            MaxLength = f.MaxLength?.ToString(),
            Pattern = f.Pattern,
            PatternMessage = f.PatternMessage,
            Options =
                f.Type == FieldType.LinkedDropDown
                    ? LinkedOptions.Format(f.Options)
                    : string.Join(
                        '\n',
                        f.Options.Select(o => o.Value == ChoiceValue(o.Label) ? o.Label : $"{o.Value} | {o.Label}")
                    ),
            ListName = f.ListName,
            ConditionField = f.Condition?.FieldKey,
            ConditionOperator = f.Condition?.Operator ?? ConditionOperator.Equals,
            ConditionValue = f.Condition?.Value,
            Text = f.Text,
            Accept = f.Type == FieldType.File ? f.AcceptedKinds.Select(k => k.ToString()).ToList() : [],
            MaxMegabytes = f.MaxMegabytes?.ToString(),
            NotBefore = f.NotBefore,
            Capitals = f.Capitals,
            Autocomplete = f.Autocomplete,
        };

    /// <summary>
    /// The field as typed, keeping the type and children of <paramref name="current"/>; parse mistakes are added to
    /// <paramref name="errors"/>.
    /// </summary>
    public FieldDefinition ToField(FieldDefinition current, List<DesignError> errors) =>
        current with
        {
            Key = (Key ?? "").Trim(),
            Label = (Label ?? "").Trim(),
            Help = Blank(Help),
            Required = Required && current.HoldsAnswer,
            Min = ParseBound(current.Type, Min, "Min", errors),
            Max = ParseBound(current.Type, Max, "Max", errors),
            MinLength = ParseInt(MinLength, "MinLength", errors),
            MaxLength = ParseInt(MaxLength, "MaxLength", errors),
            Pattern = Blank(Pattern),
            PatternMessage = Blank(PatternMessage),
            Options = current.Type == FieldType.LinkedDropDown ? LinkedOptions.Parse(Options) : ParseOptions(Options),
            ListName = Blank(ListName),
            Condition = string.IsNullOrWhiteSpace(ConditionField)
                ? null
                : new DisplayCondition(ConditionField.Trim(), ConditionOperator, Blank(ConditionValue)),
            Text = Blank(Text),
            Accept = current.Type == FieldType.File ? ParseKinds(Accept) : [],
            MaxMegabytes = current.Type == FieldType.File ? ParseInt(MaxMegabytes, "MaxMegabytes", errors) : null,
            NotBefore = current.Type == FieldType.Date ? Blank(NotBefore) : null,
            Capitals = current.Type == FieldType.ShortText && Capitals,
            Autocomplete = current.Type is FieldType.ShortText or FieldType.Email or FieldType.Phone or FieldType.Date
                ? Blank(Autocomplete)
                : null,
        };

    /// <summary>Known kinds only, each once; none ticked means the default PDF, JPEG and PNG.</summary>
    private static List<Bocage.Kernel.Files.FileKind> ParseKinds(IEnumerable<string> names) =>
        names
            .Take(20)
            .Select(n =>
                Enum.TryParse<Bocage.Kernel.Files.FileKind>(n, out var kind)
                && Enum.IsDefined(kind)
                && !int.TryParse(n, out _)
                    ? kind
                    : (Bocage.Kernel.Files.FileKind?)null
            )
            .OfType<Bocage.Kernel.Files.FileKind>()
            .Distinct()
            .ToList();

    public static List<ChoiceOption> ParseOptions(string? text) =>
        (text ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Take(200)
            .Select(line =>
                line.Split('|', 2, StringSplitOptions.TrimEntries) is [var value, var label] && value.Length > 0
                    ? new ChoiceOption(value, label)
                    : new ChoiceOption(ChoiceValue(line), line)
            )
            .ToList();

    private static string ChoiceValue(string label)
    {
        var slug = Bocage.Kernel.Territory.Slugs.From(label);
        return slug.Length == 0 ? label : slug;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Bound(FieldType type, long? value) =>
        value is null ? null
        : type == FieldType.Amount ? Money.ForInput(value.Value)
        : value.Value.ToString();

    private static long? ParseBound(FieldType type, string? text, string input, List<DesignError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (type == FieldType.Amount)
        {
            if (Money.TryParse(text, out var cents, allowNegative: true))
            {
                return cents;
            }
            errors.Add(new(input, "DesignAmountInvalid"));
            return null;
        }
        if (long.TryParse(text.Trim(), out var value))
        {
            return value;
        }
        errors.Add(new(input, "DesignNumberInvalid"));
        return null;
    }

    private static int? ParseInt(string? text, string input, List<DesignError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), out var value))
        {
            return value;
        }
        errors.Add(new(input, "DesignNumberInvalid"));
        return null;
    }
}
