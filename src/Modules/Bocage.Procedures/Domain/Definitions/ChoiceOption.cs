namespace Bocage.Procedures.Domain.Definitions;

/// <summary>One choice: the stored value and the label shown.</summary>
internal sealed record ChoiceOption(string Value, string Label);
