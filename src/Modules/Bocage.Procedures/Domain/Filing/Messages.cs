namespace Bocage.Procedures.Domain.Filing;

internal static class Messages
{
    public const int MaxLength = 5000;

    public static string Bounded(string text) => text.Length > MaxLength ? text[..MaxLength] : text;
}
