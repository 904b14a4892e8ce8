namespace Bocage.Procedures.Domain.Answers;

/// <summary>Bounds no designer setting can lift, so that no input costs the server much.</summary>
internal static class Limits
{
    public const int MaxRepeats = 50;
    public const int ShortText = 500;
    public const int LongText = 10_000;
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);
}
