namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// The HTML <c>autocomplete</c> tokens a designer may give a field that asks about the person filling the form
/// (WCAG 1.3.5, « Identifier la finalité des champs »): the browser then offers what it knows of that person.
/// Never for a question about someone else (an invitee, a child).
/// </summary>
internal static class PersonalTokens
{
    public static readonly IReadOnlyList<string> All =
    [
        "name",
        "given-name",
        "family-name",
        "honorific-prefix",
        "email",
        "tel",
        "street-address",
        "address-line1",
        "postal-code",
        "address-level2",
        "country-name",
        "bday",
        "organization",
        "organization-title",
    ];
}
