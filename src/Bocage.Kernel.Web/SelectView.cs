namespace Bocage.Kernel.Web;

/// <summary>A required drop-down of the design system (partial <c>_Select</c>), keeping the chosen value.</summary>
public sealed record SelectView(
    string Name,
    string Label,
    string? Selected,
    IReadOnlyList<(string Value, string Label)> Options
);
