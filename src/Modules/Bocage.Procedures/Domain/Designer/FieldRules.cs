using System.Text.RegularExpressions;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>What a designer's field must respect before it is saved into the draft form.</summary>
internal static partial class FieldRules
{
    /// <summary>Named lists a drop-down may be fed by.</summary>
    public static readonly IReadOnlyList<string> KnownLists = ["communes"];

    public const int MaxRepeats = 50;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyShape();

    /// <summary>
    /// Checks <paramref name="field"/> as if it stood at the place of <paramref name="currentKey"/> in
    /// <paramref name="form"/> (the key may change); returns the mistakes, empty when it may be saved.
    /// </summary>
    public static List<DesignError> Check(FormSchema form, string currentKey, FieldDefinition field)
    {
        var errors = new List<DesignError>();
        CheckKey(form, currentKey, field, errors);
        DesignerText.Check(errors, "Label", field.Label);
        DesignerText.Check(errors, "Help", field.Help);
        DesignerText.Check(errors, "Text", field.Text);
        DesignerText.Check(errors, "PatternMessage", field.PatternMessage);
        DesignerText.Check(errors, "Pattern", field.Pattern);
        DesignerText.Check(errors, "ConditionValue", field.Condition?.Value);
        DesignerText.Check(errors, "Options", string.Concat(field.Options.Select(o => o.Value + o.Label)));
        if (string.IsNullOrWhiteSpace(field.Label))
        {
            errors.Add(new("Label", "DesignLabelRequired"));
        }
        CheckBounds(field, errors);
        CheckPattern(field, errors);
        CheckChoices(field, errors);
        CheckCondition(form, currentKey, field, errors);
        CheckNotBefore(form, currentKey, field, errors);
        if (field.Autocomplete is { } token && !PersonalTokens.All.Contains(token))
        {
            errors.Add(new("Autocomplete", "DesignAutocompleteUnknown"));
        }
        if (
            field.Type is FieldType.Section or FieldType.Explanation
            && string.IsNullOrWhiteSpace(field.Text)
            && string.IsNullOrWhiteSpace(field.Label)
        )
        {
            errors.Add(new("Text", "DesignTextRequired"));
        }
        return errors;
    }

    /// <summary>
    /// A file field's own size limit: a whole number of megabytes from 1 to the kernel's limit (<c>Files:MaxBytes</c>).
    /// </summary>
    public static void CheckFileSize(FieldDefinition field, long kernelMaxBytes, List<DesignError> errors)
    {
        var most = Math.Max(1, kernelMaxBytes / FieldDefinition.Megabyte);
        if (field.MaxMegabytes is { } megabytes && (megabytes < 1 || megabytes > most))
        {
            errors.Add(new("MaxMegabytes", "DesignMaxMegabytesRange", most));
        }
    }

    /// <summary>Every mistake of a whole form, for publishing; the input is the faulty field's key.</summary>
    public static List<DesignError> CheckForm(FormSchema form)
    {
        var errors = form
            .AllFields.SelectMany(f => Check(form, f.Key, f).Select(e => e with { Input = f.Key }))
            .ToList();
        if (!form.AllFields.Any(f => f.HoldsAnswer))
        {
            errors.Add(new("", "DesignFormEmpty"));
        }
        return errors;
    }

    private static void CheckKey(FormSchema form, string currentKey, FieldDefinition field, List<DesignError> errors)
    {
        if (field.Key.Length is 0 or > 60 || !KeyShape().IsMatch(field.Key))
        {
            errors.Add(new("Key", "DesignKeyShape"));
        }
        else if (form.AllFields.Count(f => f.Key == field.Key) > (field.Key == currentKey ? 1 : 0))
        {
            errors.Add(new("Key", "DesignKeyTaken", field.Key));
        }
    }

    private static void CheckBounds(FieldDefinition field, List<DesignError> errors)
    {
        if (field.Min is { } min && field.Max is { } max && min > max)
        {
            errors.Add(new("Min", "DesignMinAboveMax"));
        }
        if (field.MinLength < 0 || field.MaxLength < 0)
        {
            errors.Add(new("MinLength", "DesignLengthNegative"));
        }
        else if (field.MinLength is { } shortest && field.MaxLength is { } longest && shortest > longest)
        {
            errors.Add(new("MinLength", "DesignMinLengthAboveMax"));
        }
        if (field.Type == FieldType.RepeatableBlock && (field.Min < 0 || field.Max > MaxRepeats))
        {
            errors.Add(new("Max", "DesignRepeatsRange", MaxRepeats));
        }
    }

    private static void CheckPattern(FieldDefinition field, List<DesignError> errors)
    {
        if (string.IsNullOrEmpty(field.Pattern))
        {
            return;
        }
        try
        {
            _ = new Regex(field.Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            errors.Add(new("Pattern", "DesignPatternInvalid"));
            return;
        }
        if (string.IsNullOrWhiteSpace(field.PatternMessage))
        {
            errors.Add(new("PatternMessage", "DesignPatternMessageRequired"));
        }
    }

    private static void CheckChoices(FieldDefinition field, List<DesignError> errors)
    {
        var needsOptions =
            field.Type is FieldType.SingleChoice or FieldType.MultipleChoice or FieldType.LinkedDropDown
            || (field.Type == FieldType.DropDown && string.IsNullOrEmpty(field.ListName));
        if (needsOptions && field.Options.Count < 2)
        {
            errors.Add(new("Options", "DesignOptionsRequired"));
        }
        else if (field.Type == FieldType.LinkedDropDown && field.Options.Any(o => o.Group is null))
        {
            errors.Add(new("Options", "DesignLinkedOptionsGroup"));
        }
        if (field.Options.GroupBy(o => o.Value).Any(g => g.Count() > 1))
        {
            errors.Add(new("Options", "DesignOptionsDuplicate"));
        }
        if (!string.IsNullOrEmpty(field.ListName) && !KnownLists.Contains(field.ListName))
        {
            errors.Add(new("ListName", "DesignListUnknown", string.Join(", ", KnownLists)));
        }
    }

    /// <summary>The date a date may not precede is a date field placed before it.</summary>
    private static void CheckNotBefore(
        FormSchema form,
        string currentKey,
        FieldDefinition field,
        List<DesignError> errors
    )
    {
        if (
            field.NotBefore is { } earlier
            && !form
                .AllFields.TakeWhile(f => f.Key != currentKey)
                .Any(f => f.Key == earlier && f.Type == FieldType.Date)
        )
        {
            errors.Add(new("NotBefore", "DesignNotBeforeUnknown"));
        }
    }

    private static void CheckCondition(
        FormSchema form,
        string currentKey,
        FieldDefinition field,
        List<DesignError> errors
    )
    {
        if (field.Condition is not { } condition)
        {
            return;
        }
        var order = form.AllFields.Select(f => f.Key).ToList();
        var position = order.IndexOf(currentKey);
        var target = order.IndexOf(condition.FieldKey);
        if (target < 0 || condition.FieldKey == currentKey || condition.FieldKey == field.Key)
        {
            errors.Add(new("ConditionField", "DesignConditionUnknown"));
        }
        else if (position >= 0 && target >= position)
        {
            errors.Add(new("ConditionField", "DesignConditionLater"));
        }
        else if (condition.Operator != ConditionOperator.IsFilled && string.IsNullOrEmpty(condition.Value))
        {
            errors.Add(new("ConditionValue", "DesignConditionValueRequired"));
        }
    }
}
