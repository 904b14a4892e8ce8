using Bocage.Kernel.Amounts;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Tests.Designer;

public sealed class FieldRulesTests
{
    private static readonly FormSchema Form = new([
        new(
            "Demande",
            [
                new("motif", FieldType.SingleChoice, "Motif") { Options = [new("a", "A"), new("b", "B")] },
                new("nom", FieldType.ShortText, "Nom"),
                new("enfants", FieldType.RepeatableBlock, "Enfant")
                {
                    Max = 5,
                    Children = [new("prenom", FieldType.ShortText, "Prénom")],
                },
            ]
        ),
    ]);

    private static IEnumerable<string> Mistakes(string key, FieldDefinition field) =>
        FieldRules.Check(Form, key, field).Select(e => $"{e.Input}:{e.MessageKey}");

    [Fact]
    public void A_key_used_by_another_field_even_inside_a_block_is_refused()
    {
        Assert.Contains("Key:DesignKeyTaken", Mistakes("nom", new("prenom", FieldType.ShortText, "Nom")));
        Assert.Empty(Mistakes("nom", new("nom", FieldType.ShortText, "Nom")));
    }

    [Theory]
    [InlineData("Nom")]
    [InlineData("nom_1")]
    [InlineData("-nom")]
    public void A_key_must_be_lower_case_letters_digits_and_dashes(string key) =>
        Assert.Contains("Key:DesignKeyShape", Mistakes("nom", new(key, FieldType.ShortText, "Nom")));

    [Fact]
    public void An_invalid_regular_expression_is_refused_and_a_valid_one_needs_its_message()
    {
        Assert.Contains(
            "Pattern:DesignPatternInvalid",
            Mistakes("nom", new("nom", FieldType.ShortText, "Nom") { Pattern = "[a-" })
        );
        Assert.Contains(
            "PatternMessage:DesignPatternMessageRequired",
            Mistakes("nom", new("nom", FieldType.ShortText, "Nom") { Pattern = "^[0-9]{5}$" })
        );
    }

    [Fact]
    public void Minimum_above_maximum_is_refused_for_values_and_lengths()
    {
        Assert.Contains(
            "Min:DesignMinAboveMax",
            Mistakes("nom", new("nom", FieldType.Number, "Nom") { Min = 10, Max = 2 })
        );
        Assert.Contains(
            "MinLength:DesignMinLengthAboveMax",
            Mistakes("nom", new("nom", FieldType.ShortText, "Nom") { MinLength = 10, MaxLength = 2 })
        );
    }

    [Fact]
    public void A_condition_must_look_at_an_earlier_known_field()
    {
        Assert.Contains(
            "ConditionField:DesignConditionLater",
            Mistakes(
                "nom",
                new("nom", FieldType.ShortText, "Nom") { Condition = new("prenom", ConditionOperator.IsFilled) }
            )
        );
        Assert.Contains(
            "ConditionField:DesignConditionUnknown",
            Mistakes(
                "nom",
                new("nom", FieldType.ShortText, "Nom") { Condition = new("inconnu", ConditionOperator.IsFilled) }
            )
        );
        Assert.Contains(
            "ConditionField:DesignConditionUnknown",
            Mistakes(
                "nom",
                new("nom", FieldType.ShortText, "Nom") { Condition = new("nom", ConditionOperator.IsFilled) }
            )
        );
        Assert.Empty(
            Mistakes(
                "nom",
                new("nom", FieldType.ShortText, "Nom") { Condition = new("motif", ConditionOperator.Equals, "a") }
            )
        );
    }

    [Fact]
    public void Choices_need_two_distinct_options_and_lists_must_be_known()
    {
        Assert.Contains(
            "Options:DesignOptionsRequired",
            Mistakes("motif", new("motif", FieldType.SingleChoice, "Motif") { Options = [new("a", "A")] })
        );
        Assert.Contains(
            "Options:DesignOptionsDuplicate",
            Mistakes(
                "motif",
                new("motif", FieldType.SingleChoice, "Motif") { Options = [new("a", "A"), new("a", "B")] }
            )
        );
        Assert.Contains(
            "ListName:DesignListUnknown",
            Mistakes("motif", new("motif", FieldType.DropDown, "Motif") { ListName = "planetes" })
        );
        Assert.Empty(Mistakes("motif", new("motif", FieldType.DropDown, "Motif") { ListName = "communes" }));
    }

    [Fact]
    public void A_form_without_any_field_to_fill_cannot_be_published() =>
        Assert.Contains(
            FieldRules.CheckForm(new([new("Vide", [new("titre", FieldType.Section, "Titre") { Text = "Titre" }])])),
            e => e.MessageKey == "DesignFormEmpty"
        );

    [Theory]
    [InlineData("45", 4500)]
    [InlineData("45,00", 4500)]
    [InlineData("1 234,5 €", 123450)]
    public void Euros_typed_by_a_person_become_cents(string typed, long cents)
    {
        Assert.True(Money.TryParse(typed, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12,345")]
    [InlineData("douze")]
    [InlineData("99999999999999999999")]
    public void Amounts_that_are_not_euros_are_refused(string typed) =>
        Assert.False(Money.TryParse(typed, out _, allowNegative: true));
}
