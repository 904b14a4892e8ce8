using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using static Bocage.Procedures.Tests.Answers.TestForms;

namespace Bocage.Procedures.Tests.Answers;

/// <summary>The sentence around the designer's (French) label follows the language of the request.</summary>
public sealed class AnswerLanguageTests
{
    [Theory]
    [InlineData("fr", "Renseignez « Réponse ».")]
    [InlineData("en", "Fill in “Réponse”.")]
    [InlineData("nl", "Vul „Réponse” in.")]
    public void A_missing_answer_is_asked_for_in_the_language_of_the_request(string culture, string expected)
    {
        var check = Validator(culture).Validate(Form(Field(FieldType.ShortText)), new AnswerSet());

        Assert.Equal(expected, check.Errors["champ"]);
    }

    [Fact]
    public void Numbers_of_a_message_are_placed_in_the_english_sentence()
    {
        var field = new FieldDefinition("champ", FieldType.ShortText, "Nom") { MaxLength = 3 };

        var check = Validator("en").Validate(Form(field), new AnswerSet([new("champ", ["Dupont"])]));

        Assert.Equal("“Nom” must not be longer than 3 characters.", check.Errors["champ"]);
    }

    [Fact]
    public void An_address_refused_in_english_names_its_parts_in_english()
    {
        var field = new FieldDefinition("adresse", FieldType.Address, "Adresse") { Required = true };

        var check = Validator("en")
            .Validate(
                Form(field),
                new AnswerSet([
                    new("adresse.rue", ["1 rue Haute"]),
                    new("adresse.code-postal", ["59"]),
                    new("adresse.commune", ["00000"]),
                ])
            );

        Assert.Equal("The postcode of “Adresse” must have 5 digits.", check.Errors["adresse.code-postal"]);
        Assert.Equal(
            "Choose the municipality of “Adresse” among those of Sud Avesnois.",
            check.Errors["adresse.commune"]
        );
    }
}
