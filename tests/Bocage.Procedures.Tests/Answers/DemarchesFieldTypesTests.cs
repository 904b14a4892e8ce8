using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Bocage.Procedures.Domain.Designer.Export;

namespace Bocage.Procedures.Tests.Answers;

/// <summary>
/// The field types Démarches Simplifiées offers beyond the first ones: each keeps a good answer in one form, refuses a
/// wrong one with a French message at its field, reads back in words and exports as a spreadsheet expects.
/// </summary>
public sealed class DemarchesFieldTypesTests
{
    private static readonly Dictionary<string, IReadOnlyList<ChoiceOption>> Lists = new()
    {
        [NamedLists.Communes] = TestForms.Communes,
        [NamedLists.Departements] = [new("59", "59 – Nord"), new("02", "02 – Aisne")],
        [NamedLists.Regions] = [new("32", "Hauts-de-France")],
        [NamedLists.Countries] = [new("BE", "Belgique"), new("FR", "France")],
        [NamedLists.ApplicantFiles] = [new("2026-000042", "2026-000042 – Carte Médipass")],
    };

    private static readonly FieldDefinition Linked = new("motif", FieldType.LinkedDropDown, "Motif")
    {
        Required = true,
        Options = LinkedOptions.Parse("--Voirie--\nNid-de-poule\nÉclairage\n--Propreté--\nDépôt sauvage"),
    };

    private static AnswerCheck Check(FieldDefinition field, string typed) =>
        new AnswerValidator(Lists, new AnswerMessages(CultureTexts.For<ProceduresResource>("fr"))).Validate(
            TestForms.Form(field),
            new AnswerSet([KeyValuePair.Create(field.Key, new[] { typed })])
        );

    private static FieldDefinition Field(FieldType type) =>
        type == FieldType.LinkedDropDown ? Linked : new FieldDefinition("champ", type, "Réponse") { Required = true };

    [Theory]
    [InlineData(FieldType.Decimal, "1 234,50", "1234.5")]
    [InlineData(FieldType.Decimal, "-0.25", "-0.25")]
    [InlineData(FieldType.DateTime, "2026-12-05T08:30", "2026-12-05T08:30")]
    [InlineData(FieldType.DateTime, "05/12/2026 08:30", "2026-12-05T08:30")]
    [InlineData(FieldType.Civility, "Mme", "Mme")]
    [InlineData(FieldType.Checkbox, "oui", "oui")]
    [InlineData(FieldType.LinkedDropDown, "Voirie / Éclairage", "Voirie / Éclairage")]
    [InlineData(FieldType.Commune, "fourmies", "59249")]
    [InlineData(FieldType.Commune, "59212", "59659")]
    [InlineData(FieldType.Commune, "Wallers-en-Fagne", "59633")]
    [InlineData(FieldType.Commune, "wallers en fagne", "59633")]
    [InlineData(FieldType.Commune, "Wallers (59)", "59632")]
    [InlineData(FieldType.Commune, "75056", "75056")]
    [InlineData(FieldType.Departement, "59", "59")]
    [InlineData(FieldType.Region, "32", "32")]
    [InlineData(FieldType.Country, "BE", "BE")]
    [InlineData(FieldType.Rna, "w 595 001 234", "W595001234")]
    [InlineData(FieldType.LinkedFile, "2026-000042", "2026-000042")]
    [InlineData(FieldType.MapPoint, "50,0139 ; 4,0519", "50.0139, 4.0519")]
    [InlineData(FieldType.MapPoint, "50.01392751,4.05190", "50.013928, 4.0519")]
    internal void A_good_answer_is_kept_normalised(FieldType type, string typed, string kept)
    {
        var field = Field(type);

        var check = Check(field, typed);

        Assert.True(check.IsValid, string.Join(" ", check.Errors.Values));
        Assert.Equal(kept, check.Clean[field.Key]);
    }

    [Theory]
    [InlineData(FieldType.Decimal, "douze", "doit être un nombre, par exemple 12,5")]
    [InlineData(FieldType.DateTime, "2026-12-05", "date et une heure")]
    [InlineData(FieldType.DateTime, "1850-01-01T10:00", "entre 1900 et 2100")]
    [InlineData(FieldType.Civility, "Mlle", "parmi les propositions")]
    [InlineData(FieldType.Checkbox, "", "Renseignez")]
    [InlineData(FieldType.LinkedDropDown, "Voirie / Dépôt sauvage", "parmi les propositions")]
    [InlineData(FieldType.Commune, "Fourmiz", "Aucune commune de France ne répond")]
    [InlineData(FieldType.Commune, "Saint-Aubin", "Saint-Aubin (02), Saint-Aubin (10)")]
    [InlineData(FieldType.Commune, "59610", "Féron (59), Fourmies (59)")]
    [InlineData(FieldType.Departement, "99", "parmi les propositions")]
    [InlineData(FieldType.Country, "XX", "parmi les propositions")]
    [InlineData(FieldType.Rna, "W12345", "la lettre W suivie de 9 chiffres")]
    [InlineData(FieldType.LinkedFile, "2026-000001", "parmi les propositions")]
    [InlineData(FieldType.MapPoint, "50.01", "latitude et longitude")]
    [InlineData(FieldType.MapPoint, "95, 4", "latitude et longitude")]
    internal void A_wrong_answer_gets_a_French_message_at_its_field(FieldType type, string typed, string message)
    {
        var field = Field(type);

        var check = Check(field, typed);

        Assert.Contains(message, check.Errors[field.Key]);
    }

    [Theory]
    [InlineData(FieldType.Decimal, "1234.5", "1234,5")]
    [InlineData(FieldType.DateTime, "2026-12-05T08:30", "05/12/2026 08:30")]
    [InlineData(FieldType.Civility, "M.", "Monsieur")]
    [InlineData(FieldType.Checkbox, "", "Non")]
    [InlineData(FieldType.Commune, "59249", "Fourmies (59)")]
    [InlineData(FieldType.Departement, "59", "59 – Nord")]
    [InlineData(FieldType.Country, "BE", "Belgique")]
    internal void An_answer_reads_back_in_words(FieldType type, string kept, string shown)
    {
        var field = Field(type) with { Required = false };
        var answers = new AnswerSet(kept.Length == 0 ? [] : [KeyValuePair.Create(field.Key, new[] { kept })]);

        Assert.Equal(shown, AnswerDisplay.Value(field, field.Key, answers, Lists));
    }

    [Fact]
    public void The_export_gives_codes_with_their_names_and_linked_choices_apart()
    {
        var form = TestForms.Form(
            Linked,
            new FieldDefinition("commune", FieldType.Commune, "Commune"),
            new FieldDefinition("pays", FieldType.Country, "Pays")
        );
        var answers = new AnswerSet([
            KeyValuePair.Create("motif", new[] { "Voirie / Nid-de-poule" }),
            KeyValuePair.Create("commune", new[] { "59249" }),
            KeyValuePair.Create("pays", new[] { "BE" }),
        ]);

        var columns = ExportColumn.For([form]);

        Assert.Equal(
            ["motif.choix", "motif.sous-choix", "commune", "commune.libelle", "pays", "pays.libelle"],
            columns.Select(c => c.Header)
        );
        Assert.Equal(
            ["Voirie", "Nid-de-poule", "59249", "Fourmies", "BE", "Belgique"],
            columns.Select(c => c.Value(answers))
        );
    }

    [Fact]
    public void Linked_options_read_back_as_the_designer_typed_them()
    {
        Assert.Equal(
            "--Voirie--\nNid-de-poule\nÉclairage\n--Propreté--\nDépôt sauvage",
            LinkedOptions.Format(Linked.Options)
        );
        Assert.Equal("Propreté", Linked.Options[^1].Group);
        Assert.Equal("Propreté / Dépôt sauvage", Linked.Options[^1].Value);
    }
}
