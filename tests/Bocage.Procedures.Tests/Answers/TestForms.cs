using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Tests.Answers;

/// <summary>Fields and a validator with the territory's communes, for unit tests.</summary>
internal static class TestForms
{
    public static readonly IReadOnlyList<ChoiceOption> Communes = [new("59249", "Fourmies"), new("59601", "Trélon")];

    public static AnswerValidator Validator(string culture = "fr") =>
        new(
            new Dictionary<string, IReadOnlyList<ChoiceOption>> { [AnswerValidator.CommunesList] = Communes },
            new AnswerMessages(CultureTexts.For<ProceduresResource>(culture))
        );

    public static FieldDefinition Field(FieldType type, string key = "champ") =>
        type switch
        {
            FieldType.SingleChoice or FieldType.MultipleChoice or FieldType.DropDown => new(key, type, "Choix")
            {
                Required = true,
                Options = [new("a", "A"), new("b", "B")],
            },
            FieldType.RepeatableBlock => new(key, type, "Enfant")
            {
                Required = true,
                Max = 5,
                Children = [new("prenom", FieldType.ShortText, "Prénom") { Required = true }],
            },
            _ => new(key, type, "Réponse") { Required = true },
        };

    public static FormSchema Form(params FieldDefinition[] fields) => new([new FormPage("Page", fields)]);

    public static AnswerCheck Check(FieldDefinition field, params (string Name, string Value)[] values) =>
        Validator()
            .Validate(
                Form(field),
                new AnswerSet(
                    values
                        .GroupBy(v => v.Name)
                        .Select(g => KeyValuePair.Create(g.Key, g.Select(v => v.Value).ToArray()))
                )
            );
}
