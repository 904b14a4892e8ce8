namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// One choice: the stored value and the label shown; in a linked drop-down, the first choice it belongs to.
/// </summary>
internal sealed record ChoiceOption(string Value, string Label)
{
    public string? Group { get; init; }
}
