using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using static Bocage.Procedures.Tests.Answers.TestForms;

namespace Bocage.Procedures.Tests.Answers;

public sealed class ConditionAndBlockTests
{
    private static readonly FormSchema Form = TestForms.Form(
        new FieldDefinition("cantine", FieldType.YesNo, "Cantine ?") { Required = true },
        new FieldDefinition("regime", FieldType.ShortText, "Régime")
        {
            Required = true,
            Condition = new("cantine", ConditionOperator.Equals, "oui"),
        }
    );

    [Fact]
    public void A_hidden_field_is_neither_checked_nor_kept()
    {
        var check = Validator().Validate(Form, new AnswerSet([new("cantine", ["non"]), new("regime", ["sans porc"])]));

        Assert.True(check.IsValid);
        Assert.False(check.Clean.Has("regime"));
    }

    [Fact]
    public void A_shown_field_is_checked()
    {
        var check = Validator().Validate(Form, new AnswerSet([new("cantine", ["oui"])]));

        Assert.Contains("Régime", check.Errors["regime"]);
    }

    [Fact]
    public void Each_repeat_of_a_block_is_checked_and_the_count_is_bounded()
    {
        var block = Field(FieldType.RepeatableBlock, "enfants");

        var two = Check(block, ("enfants", "2"), ("enfants.0.prenom", "Léa"), ("enfants.1.prenom", ""));
        var many = Check(block, ("enfants", "10000"));

        Assert.Equal("Léa", two.Clean["enfants.0.prenom"]);
        Assert.Contains("Prénom", two.Errors["enfants.1.prenom"]);
        Assert.Contains("plus de 5 fois", many.Errors["enfants"]);
        Assert.Contains("au moins 1 fois", Check(block, ("enfants", "0")).Errors["enfants"]);
    }
}
