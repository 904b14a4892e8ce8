using Bocage.Bookings.Domain.Questions;

namespace Bocage.Bookings.Tests.Questions;

/// <summary>A registration's answers checked against the place's questions, kept with their words, read back.</summary>
public sealed class AnswersTests
{
    private static readonly Guid Place = Guid.NewGuid();

    private static readonly Question Lunch = Question.Create(
        Place,
        0,
        "Déjeunerez-vous sur place ?",
        QuestionKind.YesNo,
        [],
        true,
        DateTime.UtcNow
    );

    private static readonly Question Level = Question.Create(
        Place,
        1,
        "Votre niveau",
        QuestionKind.Choice,
        ["Débutant", "Confirmé"],
        true,
        DateTime.UtcNow
    );

    private static readonly Question Town = Question.Create(
        Place,
        2,
        "Votre commune",
        QuestionKind.Text,
        [],
        false,
        DateTime.UtcNow
    );

    private static readonly Question[] All = [Lunch, Level, Town];

    private static Func<string, string?> Form(params (Question Question, string Value)[] values) =>
        field => values.Where(v => v.Question.Field == field).Select(v => v.Value).FirstOrDefault();

    [Fact]
    public void Answers_are_kept_with_their_question_in_order_and_an_empty_optional_one_is_left_out()
    {
        var (json, errors) = Answers.Check(All, Form((Level, " Confirmé "), (Lunch, "oui")));

        Assert.Empty(errors);
        Assert.Equal(
            [new Answer("Déjeunerez-vous sur place ?", "oui"), new Answer("Votre niveau", "Confirmé")],
            Answers.Read(json)
        );
        Assert.Equal("Déjeunerez-vous sur place ? : oui ; Votre niveau : Confirmé", Answers.Line(json));
    }

    [Fact]
    public void A_missing_required_answer_a_choice_not_offered_and_a_too_long_text_are_told_at_their_question()
    {
        var (json, errors) = Answers.Check(
            All,
            Form((Lunch, "peut-être"), (Level, "Expert"), (Town, new string('a', Answers.TextMaxLength + 1)))
        );
        var (_, missing) = Answers.Check(All, Form((Level, "Débutant")));

        Assert.Equal("", json);
        Assert.Equal(
            [(Lunch.Field, "Answer_Required"), (Level.Field, "Answer_Required"), (Town.Field, "Answer_TooLong")],
            errors
        );
        Assert.Equal([(Lunch.Field, "Answer_Required")], missing);
    }

    [Fact]
    public void No_question_no_answer_and_nothing_stored()
    {
        var (json, errors) = Answers.Check([], Form());

        Assert.Equal(("", 0), (json, errors.Count));
        Assert.Empty(Answers.Read(""));
    }

    [Fact]
    public void A_new_question_needs_its_words_two_choices_for_a_choice_and_room_among_ten()
    {
        var empty = new QuestionInput
        {
            Label = "  ",
            Kind = QuestionKind.Choice,
            ChoicesText = "Seul\n\n",
        };
        var full = new QuestionInput { Label = "Votre âge", Kind = QuestionKind.Text };
        var fine = new QuestionInput
        {
            Label = " Votre âge ",
            Kind = QuestionKind.Choice,
            ChoicesText = "a|b\nc\nc",
        };

        Assert.Equal(
            [("Label", "Questions_LabelInvalid"), ("ChoicesText", "Questions_ChoicesInvalid")],
            empty.Check(0)
        );
        Assert.Equal([("Label", "Questions_TooMany")], full.Check(Question.MaxPerResource));
        Assert.Empty(fine.Check(3));
        Assert.Equal("Votre âge", fine.Label);
        Assert.Equal(["a/b", "c"], fine.Choices);
    }
}
