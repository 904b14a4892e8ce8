using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>Evaluates a field's display condition on the answers given before it.</summary>
internal static class Conditions
{
    public static bool Holds(DisplayCondition? condition, AnswerSet earlier)
    {
        if (condition is null)
        {
            return true;
        }
        var values = earlier.All(condition.FieldKey);
        var expected = condition.Value ?? "";
        return condition.Operator switch
        {
            ConditionOperator.Equals => values.Count > 0 && values[0] == expected,
            ConditionOperator.NotEquals => values.Count == 0 || values[0] != expected,
            ConditionOperator.IsFilled => earlier.Has(condition.FieldKey),
            ConditionOperator.Contains => values.Contains(expected),
            _ => false,
        };
    }

    /// <summary>
    /// The condition of a field that hangs on another field of the same page, or null: such a field is drawn
    /// (hidden while the condition fails) so that the page's script can show it as that answer changes.
    /// </summary>
    public static DisplayCondition? OnSamePage(FieldDefinition field, IEnumerable<FieldDefinition> page) =>
        field.Condition is { } condition && page.Any(f => f.Key == condition.FieldKey) ? condition : null;

    /// <summary>
    /// Fields that <paramref name="after"/> shows, <paramref name="before"/> hid, and that hold no answer yet. The
    /// page a person sends was drawn from the saved draft, so without a script these are questions she has not
    /// seen: the step must come back with them rather than move on.
    /// </summary>
    public static IReadOnlyList<FieldDefinition> Revealed(
        IEnumerable<FieldDefinition> fields,
        AnswerSet before,
        AnswerSet after
    ) =>
        fields
            .Where(f =>
                f.HoldsAnswer
                && f.Condition is not null
                && Holds(f.Condition, after)
                && !Holds(f.Condition, before)
                && !after.Values.Any(kv =>
                    (kv.Key == f.Key || kv.Key.StartsWith(f.Key + ".", StringComparison.Ordinal))
                    && kv.Value.Any(v => !string.IsNullOrWhiteSpace(v))
                )
            )
            .ToList();
}
