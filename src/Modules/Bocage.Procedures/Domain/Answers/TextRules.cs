using System.Text.RegularExpressions;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>Free text: length, designer's pattern (with a timeout), no control characters or broken encoding.</summary>
internal static class TextRules
{
    /// <summary>
    /// False for control characters (line breaks allowed in long text), lone surrogates and the replacement character
    /// of a broken encoding.
    /// </summary>
    public static bool IsClean(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var control = char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t');
            if (control || char.IsSurrogate(c) || c == '\uFFFD')
            {
                return false;
            }
        }
        return true;
    }

    public static (string?, string?) Check(FieldDefinition field, string text, AnswerMessages messages)
    {
        if (field.Capitals)
        {
            text = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        }
        var max = Math.Min(
            field.MaxLength ?? int.MaxValue,
            field.Type == FieldType.LongText ? Limits.LongText : Limits.ShortText
        );
        if (text.Length > max)
        {
            return (messages.TooLong(field.Label, max), null);
        }
        if (field.MinLength is { } min && text.Length < min)
        {
            return (messages.TooShort(field.Label, min), null);
        }
        if (!string.IsNullOrEmpty(field.Pattern) && !Matches(field.Pattern, text))
        {
            return (field.PatternMessage ?? messages.Pattern(field.Label), null);
        }
        return (null, text);
    }

    /// <summary>
    /// A designer's pattern that is invalid or too slow on this input refuses it rather than hang the server.
    /// </summary>
    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.CultureInvariant, Limits.PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
