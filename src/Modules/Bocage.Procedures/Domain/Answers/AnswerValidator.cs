using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// Checks a person's answers against a version's form. Fields whose display condition does not hold on
/// earlier answers are neither checked nor kept. Never throws on what a person typed: every wrong input
/// becomes a message at its field.
/// </summary>
/// <param name="lists">Named lists feeding drop-downs and addresses (<c>communes</c>: INSEE code → name).</param>
/// <param name="messages">The refusal messages in the language of the request.</param>
internal sealed class AnswerValidator(
    IReadOnlyDictionary<string, IReadOnlyList<ChoiceOption>> lists,
    AnswerMessages messages
)
{
    public const string CommunesList = NamedLists.Communes;

    /// <summary>The labels of the form being checked, to name the other field of a rule between two answers.</summary>
    private Dictionary<string, string> _labels = [];

    /// <summary>
    /// Answers to the fields of <paramref name="scope"/> (all when null) are checked; the others are kept as typed.
    /// </summary>
    public AnswerCheck Validate(FormSchema form, AnswerSet answers, Func<FieldDefinition, bool>? scope = null)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var clean = new AnswerSet();
        _labels = form.Pages.SelectMany(p => p.Fields).DistinctBy(f => f.Key).ToDictionary(f => f.Key, f => f.Label);
        foreach (var field in form.Pages.SelectMany(p => p.Fields))
        {
            if (!field.HoldsAnswer || !Conditions.Holds(field.Condition, clean))
            {
                continue;
            }
            if (scope is null || scope(field))
            {
                Check(field, field.Key, answers, clean, errors);
            }
            else
            {
                CopyField(field.Key, answers, clean);
            }
        }
        return new AnswerCheck(errors, clean);
    }

    /// <summary>Fields visible with these answers, in form order (top level).</summary>
    public static IEnumerable<FieldDefinition> Visible(IEnumerable<FieldDefinition> fields, AnswerSet answers) =>
        fields.Where(f => Conditions.Holds(f.Condition, answers));

    private static void CopyField(string name, AnswerSet from, AnswerSet to)
    {
        foreach (
            var (key, value) in from.Values.Where(kv =>
                kv.Key == name || kv.Key.StartsWith(name + ".", StringComparison.Ordinal)
            )
        )
        {
            to.Values[key] = value;
        }
    }

    private void Check(
        FieldDefinition field,
        string name,
        AnswerSet raw,
        AnswerSet clean,
        Dictionary<string, string> errors
    )
    {
        if (field.Type == FieldType.RepeatableBlock)
        {
            CheckBlock(field, name, raw, clean, errors);
            return;
        }
        if (field.Type == FieldType.Address)
        {
            AddressCheck.Run(field, name, raw, clean, errors, Options(CommunesList), messages);
            return;
        }
        var values = raw.All(name).Where(v => v is not null).ToList();
        var single = values.Count > 0 ? values[0] : "";
        if (values.Count > 0)
        {
            clean.Set(name, field.Type == FieldType.MultipleChoice ? [.. values] : [single]);
        }
        string[]? normalised = null;
        var error =
            values.Count > 1 && field.Type != FieldType.MultipleChoice
                ? messages.Choice(field.Label)
                : FieldChecks.Run(
                    field,
                    field.Type == FieldType.MultipleChoice ? values : [single],
                    ChoicesOf(field),
                    messages,
                    out normalised
                );
        error ??= Precedes(field, normalised, clean);
        if (error is not null)
        {
            errors[name] = error;
        }
        else if (normalised is null)
        {
            clean.RemoveField(name);
        }
        else
        {
            clean.Set(name, normalised);
        }
    }

    private void CheckBlock(
        FieldDefinition block,
        string name,
        AnswerSet raw,
        AnswerSet clean,
        Dictionary<string, string> errors
    )
    {
        var typed = raw[name].Trim();
        var count =
            typed.Length == 0 ? 0
            : int.TryParse(typed, out var n) ? n
            : -1;
        var max = Math.Min(block.Max ?? Limits.MaxRepeats, Limits.MaxRepeats);
        if (count < 0 || count > max)
        {
            // Refuse before looking at any child: 10,000 repeats cost nothing.
            errors[name] = messages.TooManyRepeats(block.Label, max);
            return;
        }
        var min = Math.Max(block.Min ?? (block.Required ? 1 : 0), 0);
        if (count < min)
        {
            errors[name] = messages.TooFewRepeats(block.Label, min);
        }
        clean.Set(name, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < count; i++)
        {
            var prefix = $"{name}.{i}.";
            var local = new AnswerSet(
                raw.Values.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
                    .Select(kv => KeyValuePair.Create(kv.Key[prefix.Length..], kv.Value))
            );
            var visible = new AnswerSet();
            foreach (var child in block.Children.Where(c => c.HoldsAnswer && c.Type != FieldType.RepeatableBlock))
            {
                if (Conditions.Holds(child.Condition, visible))
                {
                    Check(child, prefix + child.Key, raw, clean, errors);
                    CopyField(child.Key, local, visible);
                }
            }
        }
    }

    /// <summary>
    /// A date before the one it may not precede (dates are kept as yyyy-MM-dd: they compare as text).
    /// </summary>
    private string? Precedes(FieldDefinition field, string[]? normalised, AnswerSet clean) =>
        field is { Type: FieldType.Date, NotBefore: { } earlier }
        && normalised is [var date]
        && clean[earlier] is { Length: 10 } other
        && string.CompareOrdinal(date, other) < 0
            ? messages.NotBefore(field.Label, Label(earlier))
            : null;

    private string Label(string key) => _labels.TryGetValue(key, out var label) ? label : key;

    private IReadOnlyList<ChoiceOption> ChoicesOf(FieldDefinition field) =>
        field.OptionsList is { } list ? Options(list) : field.Options;

    private IReadOnlyList<ChoiceOption> Options(string list) => lists.TryGetValue(list, out var options) ? options : [];
}
