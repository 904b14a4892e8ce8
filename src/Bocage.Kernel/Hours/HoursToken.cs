namespace Bocage.Kernel.Hours;

internal enum TokenKind
{
    /// <summary>Letters only: a weekday, a month, PH, off.</summary>
    Word,

    /// <summary>Digits only: a day of the month, or the 24 and 7 of 24/7.</summary>
    Number,

    /// <summary>H:MM or HH:MM, not yet checked for range.</summary>
    Clock,
    Dash,
    Comma,
    Slash,

    /// <summary>Anything else (9h, 10:00+, "…"): kept whole so the error can quote it as the person wrote it.</summary>
    Other,
}

internal readonly record struct HoursToken(TokenKind Kind, string Text);
