namespace Bocage.Kernel.Territory;

public enum ColourProblem
{
    None = 0,

    /// <summary>Not six hexadecimal digits.</summary>
    NotAColour = 1,

    /// <summary>Too light for text and borders on the white page.</summary>
    TooLight = 2,
}

/// <summary>
/// The outcome, field by field (a field without problem was saved); the emblem's refusal is in French.
/// </summary>
public sealed record IdentityOutcome(ColourProblem Colour, double Contrast, string? EmblemRefusal, bool EmblemUnusable)
{
    public bool Saved => Colour == ColourProblem.None && EmblemRefusal is null && !EmblemUnusable;
}
