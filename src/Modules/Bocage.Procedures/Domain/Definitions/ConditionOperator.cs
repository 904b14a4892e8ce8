namespace Bocage.Procedures.Domain.Definitions;

internal enum ConditionOperator
{
    Equals = 0,
    NotEquals = 1,
    IsFilled = 2,

    /// <summary>A multiple choice answer contains the value.</summary>
    Contains = 3,
}
