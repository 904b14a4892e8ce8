using System.ComponentModel.DataAnnotations;

namespace Bocage.Kernel.Web;

/// <summary>
/// A person's name as typed in a form: no control characters (tab, CR, LF…) nor bidirectional
/// overrides. Names go into mail headers, CSV exports, the audit log and PDF documents, where such
/// characters could forge a line or reorder what an agent reads.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PersonNameAttribute : ValidationAttribute
{
    public const string MessageKey = "NameControlCharacters";

    public override bool IsValid(object? value) => value is not string text || IsClean(text);

    // The message is read from the host's texts here: MVC's data-annotation localisation does not reach
    // a custom attribute's message.
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (IsValid(value))
        {
            return ValidationResult.Success;
        }
        var text = validationContext.GetService(typeof(SharedText)) as SharedText;
        return new ValidationResult(
            text?[MessageKey].Value ?? MessageKey,
            validationContext.MemberName is { } member ? [member] : null
        );
    }

    public static bool IsClean(string text) => !text.Any(IsForbidden);

    /// <summary>
    /// A name given by someone else (an identity provider) that nobody can correct before it is kept: each
    /// forbidden character becomes a space, spaces are collapsed, and the whole is cut to <paramref name="max"/>.
    /// </summary>
    public static string Cleaned(string? text, int max)
    {
        var words = new string((text ?? "").Select(c => IsForbidden(c) ? ' ' : c).ToArray()).Split(
            ' ',
            StringSplitOptions.RemoveEmptyEntries
        );
        var name = string.Join(' ', words);
        return name.Length > max ? name[..max].TrimEnd() : name;
    }

    private static bool IsForbidden(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';
}
