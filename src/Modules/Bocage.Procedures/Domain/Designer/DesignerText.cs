namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// Texts a designer types end up in pages, mails and PostgreSQL text columns, which refuse NUL:
/// control characters are refused (line breaks and tabs allowed), as are texts too long to be meant.
/// </summary>
internal static class DesignerText
{
    public const int MaxLength = 4000;

    public static bool IsClean(string? text) =>
        text is null
        || (text.Length <= MaxLength && !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')));

    /// <summary>Adds a mistake on <paramref name="input"/> when its text is not clean.</summary>
    public static void Check(List<DesignError> errors, string input, string? text)
    {
        if (!IsClean(text) && errors.All(e => e.Input != input))
        {
            errors.Add(new(input, "DesignTextUnclean", MaxLength));
        }
    }
}
