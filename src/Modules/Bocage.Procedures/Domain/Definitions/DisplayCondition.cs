namespace Bocage.Procedures.Domain.Definitions;

/// <summary>Shows a field only when an earlier answer satisfies the operator.</summary>
internal sealed record DisplayCondition(string FieldKey, ConditionOperator Operator, string? Value = null);
