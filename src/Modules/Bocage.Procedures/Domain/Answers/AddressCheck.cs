using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// A postal address in three inputs: street, postcode and a commune of the territory (by INSEE code).
/// </summary>
internal static class AddressCheck
{
    public const string Street = "rue";
    public const string Postcode = "code-postal";
    public const string Commune = "commune";

    public static void Run(
        FieldDefinition field,
        string name,
        AnswerSet raw,
        AnswerSet clean,
        Dictionary<string, string> errors,
        IReadOnlyList<ChoiceOption> communes,
        AnswerMessages messages
    )
    {
        var street = raw[$"{name}.{Street}"].Trim();
        var postcode = raw[$"{name}.{Postcode}"].Trim();
        var commune = raw[$"{name}.{Commune}"].Trim();
        foreach (var (part, value) in new[] { (Street, street), (Postcode, postcode), (Commune, commune) })
        {
            if (value.Length > 0)
            {
                clean.Set($"{name}.{part}", value);
            }
        }
        if (street.Length + postcode.Length + commune.Length == 0)
        {
            if (field.Required)
            {
                errors[$"{name}.{Street}"] = messages.Street(field.Label);
            }
            return;
        }
        if (street.Length is 0 or > 200 || !TextRules.IsClean(street, false))
        {
            errors[$"{name}.{Street}"] = messages.Street(field.Label);
        }
        if (postcode.Length != 5 || !postcode.All(char.IsAsciiDigit))
        {
            errors[$"{name}.{Postcode}"] = messages.Postcode(field.Label);
        }
        if (!communes.Any(c => c.Value == commune))
        {
            errors[$"{name}.{Commune}"] = messages.Commune(field.Label);
        }
    }

    /// <summary>The address as one line for receipts and the inbox.</summary>
    public static string Line(AnswerSet answers, string name, IReadOnlyList<ChoiceOption> communes)
    {
        var commune = answers[$"{name}.{Commune}"];
        var communeName = communes.FirstOrDefault(c => c.Value == commune)?.Label ?? commune;
        return string.Join(
            ", ",
            new[] { answers[$"{name}.{Street}"], $"{answers[$"{name}.{Postcode}"]} {communeName}".Trim() }.Where(s =>
                s.Length > 0
            )
        );
    }
}
