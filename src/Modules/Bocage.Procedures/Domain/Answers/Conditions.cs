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
}
