using Bocage.Procedures.Domain.Definitions;
using static Bocage.Procedures.Tests.Answers.TestForms;

namespace Bocage.Procedures.Tests.Answers;

public sealed class FieldValidationTests
{
    [Theory]
    [InlineData(FieldType.Amount, "12,50", "1250")]
    [InlineData(FieldType.Amount, "1 234.5 €", "123450")]
    [InlineData(FieldType.Number, " 42 ", "42")]
    [InlineData(FieldType.Date, "14/07/2026", "2026-07-14")]
    [InlineData(FieldType.Date, "2026-07-14", "2026-07-14")]
    [InlineData(FieldType.Phone, "+33 3 27 60 00 00", "03 27 60 00 00")]
    [InlineData(FieldType.Email, "nom@exemple.fr", "nom@exemple.fr")]
    [InlineData(FieldType.Siret, "732 829 320 00074", "73282932000074")]
    [InlineData(FieldType.Iban, "fr76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189")]
    [InlineData(FieldType.YesNo, "oui", "oui")]
    [InlineData(FieldType.SingleChoice, "b", "b")]
    [InlineData(FieldType.HonourStatement, "oui", "oui")]
    internal void A_good_answer_is_kept_normalised(FieldType type, string typed, string kept)
    {
        var check = Check(Field(type), ("champ", typed));

        Assert.True(check.IsValid, string.Join(" ", check.Errors.Values));
        Assert.Equal(kept, check.Clean["champ"]);
    }

    [Theory]
    [InlineData(FieldType.Amount, "-5", "au moins 0,00\u00A0€")]
    [InlineData(FieldType.Amount, "12,555", "montant en euros")]
    [InlineData(FieldType.Date, "31/02/2026", "doit être une date")]
    [InlineData(FieldType.Date, "01/01/1850", "entre 1900 et 2100")]
    [InlineData(FieldType.Phone, "0027600000", "téléphone français")]
    [InlineData(FieldType.Email, "nom@", "adresse e-mail")]
    [InlineData(FieldType.Siret, "73282932000075", "SIRET valide")]
    [InlineData(FieldType.Iban, "FR7630006000011234567890188", "IBAN valide")]
    [InlineData(FieldType.SingleChoice, "z", "parmi les propositions")]
    [InlineData(FieldType.HonourStatement, "", "Cochez")]
    [InlineData(FieldType.ShortText, "", "Renseignez")]
    [InlineData(FieldType.ShortText, "a\u0000b", "caractères non autorisés")]
    internal void A_wrong_answer_gets_a_French_message_at_its_field(FieldType type, string typed, string message)
    {
        var check = Check(Field(type), ("champ", typed));

        Assert.Contains(message, check.Errors["champ"]);
    }

    [Fact]
    public void Bounds_length_and_a_designer_pattern_are_checked()
    {
        var text = new FieldDefinition("t", FieldType.ShortText, "Code")
        {
            MaxLength = 5,
            Pattern = "[A-Z]+",
            PatternMessage = "Lettres capitales.",
        };
        var amount = new FieldDefinition("m", FieldType.Amount, "Montant") { Min = 1000, Max = 50000 };

        Assert.Contains("5 caractères", Check(text, ("t", "ABCDEFG")).Errors["t"]);
        Assert.Equal("Lettres capitales.", Check(text, ("t", "abc")).Errors["t"]);
        Assert.Contains("au plus 500,00\u00A0€", Check(amount, ("m", "600")).Errors["m"]);
        Assert.True(Check(amount, ("m", "10")).IsValid);
    }

    [Fact]
    public void A_catastrophic_pattern_times_out_into_a_refusal()
    {
        var field = new FieldDefinition("t", FieldType.ShortText, "Code") { Pattern = "(a+)+b" };

        var check = Check(field, ("t", new string('a', 400) + "!"));

        Assert.Contains("t", check.Errors.Keys);
    }

    [Fact]
    public void An_address_needs_a_commune_of_the_territory_and_a_postcode()
    {
        var field = new FieldDefinition("adresse", FieldType.Address, "Adresse") { Required = true };

        var wrong = Check(
            field,
            ("adresse.rue", "1 rue Verte"),
            ("adresse.code-postal", "5961"),
            ("adresse.commune", "75056")
        );
        var right = Check(
            field,
            ("adresse.rue", "1 rue Verte"),
            ("adresse.code-postal", "59610"),
            ("adresse.commune", "59249")
        );

        Assert.Contains("Sud Avesnois", wrong.Errors["adresse.commune"]);
        Assert.Contains("5 chiffres", wrong.Errors["adresse.code-postal"]);
        Assert.Equal("1 rue Verte", wrong.Clean["adresse.rue"]);
        Assert.True(right.IsValid);
    }

    [Fact]
    public void Multiple_choices_are_all_among_the_options()
    {
        var field = Field(FieldType.MultipleChoice);

        Assert.Equal(["a", "b"], Check(field, ("champ", "a"), ("champ", "b")).Clean.All("champ"));
        Assert.False(Check(field, ("champ", "a"), ("champ", "x")).IsValid);
    }
}
