using System.Text;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Tests.Scdl;

/// <summary>
/// What the official schemas ask beyond types, as Validata checks it: SCDL's « oui »/« non », the SIRET key,
/// one of two identifiers, formats, lengths, and the checks across columns of the deliberations.
/// </summary>
public sealed class ScdlRulesTests
{
    private static readonly ReportMessages French = new(CultureTexts.For<OpenDataResource>("fr"));

    private const string GrantsHeader =
        "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,"
        + "objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,"
        + "dispositifAide";

    private static ValidationReport Check(string schema, string header, params string[] rows)
    {
        var table = ScdlSchemas.Find(schema)!;
        var file = TabularFile.FromCsv(Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", rows) + "\n"), French);
        return Validator.Validate(file, table.Fields, French, table.CustomChecks);
    }

    private static string Grant(string siret = "", string rna = "W595001234", string notification = "non") =>
        $"CCSA,24590066600018,2025-03-10,DEL-12,Club de Glageon,{siret},{rna},Tournoi,1500.5,aide en numéraire,"
        + $"unique,2025-04-01,,{notification},1,65d5b6c7-102c-4440-ac3b-768f708edc0a";

    [Fact]
    public void A_file_written_to_the_2_1_1_schema_with_only_an_RNA_number_is_accepted()
    {
        var report = Check("subventions", GrantsHeader, Grant(), Grant(siret: "78456123000011", rna: ""));

        Assert.True(report.IsValid, string.Join(" | ", report.RowErrors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Equal(2, report.RowCount);
    }

    [Fact]
    public void A_boolean_in_words_other_than_the_schemas_is_refused_with_the_words_to_use()
    {
        var report = Check("subventions", GrantsHeader, Grant(notification: "false"));

        var error = Assert.Single(report.RowErrors);
        Assert.Equal("notificationUE", error.Field);
        Assert.Equal("« false » : écrivez oui ou non", error.Message);
    }

    [Theory]
    [InlineData("78456123000012", "", "idBeneficiaire", "clé de contrôle")]
    [InlineData("", "", "idBeneficiaire", "au moins l'une des colonnes idBeneficiaire et rnaBeneficiaire")]
    [InlineData("", "W12345", "rnaBeneficiaire", "format attendu")]
    public void Identifiers_are_checked_as_Validata_does(string siret, string rna, string field, string expected)
    {
        var error = Assert.Single(Check("subventions", GrantsHeader, Grant(siret, rna)).RowErrors);

        Assert.Equal(field, error.Field);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void La_Poste_and_generated_SIRET_numbers_pass_the_key()
    {
        Assert.True(FrenchSiret.IsValid("35600000000001"));
        Assert.True(FrenchSiret.IsValid(FrenchSiret.Complete("2459006660001")));
        Assert.Equal("24590066600018", FrenchSiret.Complete("2459006660001"));
        Assert.False(FrenchSiret.IsValid("24590066600011"));
        Assert.False(FrenchSiret.IsValid("2459006660001A"));
    }

    [Theory]
    [InlineData("contact@trelon.fr", "https://www.trelon.fr", "Rue de la Gare", null)]
    [InlineData("pas-une-adresse", "https://www.trelon.fr", "Rue de la Gare", "adresse électronique")]
    [InlineData("contact@trelon.fr", "/mairie", "Rue de la Gare", "adresse web complète")]
    [InlineData("contact@trelon.fr", "https://www.trelon.fr", "Ru", "moins de 3 caractères")]
    public void Formats_and_lengths_of_the_equipment_schema_hold(string mail, string web, string street, string? error)
    {
        const string header =
            "COLL_NOM,COLL_SIRET,EQUIP_UID,EQUIP_THEME,EQUIP_CODE,EQUIP_TYPE,EQUIP_NOM,ADR_NUMERO,ADR_NOMVOIE,"
            + "ADR_CODEPOSTAL,ADR_COMMUNE,EQUIP_LAT,EQUIP_LONG,EQUIP_EMAIL,EQUIP_WEB";
        var row =
            $"CCSA,24590066600018,59601-01010401-001,Equipement administratif,01010401-001,Mairie,Mairie de Trélon,1,"
            + $"{street},59132,Trélon,50.059,4.103,{mail},{web}";

        var report = Check("equipements", header, row);

        if (error is null)
        {
            Assert.True(report.IsValid, string.Join(" | ", report.RowErrors.Select(e => e.Message)));
        }
        else
        {
            Assert.Contains(error, Assert.Single(report.RowErrors).Message);
        }
    }

    [Theory]
    [InlineData("2025-01-20", "2025", "Budget principal", "19,19,15,2,2", null)]
    [InlineData("2025-01-20", "2025/2026", "Budget principal", "19,19,15,2,2", null)]
    [InlineData(
        "2025-01-02",
        "2025",
        "Budget principal",
        "19,19,15,2,2",
        "PREF_DATE (2025-01-02) doit être ≥ DELIB_DATE"
    )]
    [InlineData("2025-01-20", "2026/2025", "Budget principal", "19,19,15,2,2", "ni une année ni une période")]
    [InlineData("2025-01-20", "2025", "", "19,19,15,2,2", "BUDGET_ANNEE, BUDGET_NOM se remplissent ensemble")]
    [InlineData("2025-01-20", "2025", "Budget principal", "19,18,15,2,2", "VOTE_REEL (18) doit être la somme")]
    [InlineData("2025-01-20", "2025", "Budget principal", "19,20,15,3,2", "VOTE_EFFECTIF (19) doit être ≥ VOTE_REEL")]
    [InlineData("2025-01-20", "2025", "Budget principal", "19,19,15,2,", "se remplissent ensemble")]
    public void The_checks_across_columns_of_deliberations_hold(
        string prefecture,
        string year,
        string budget,
        string votes,
        string? error
    )
    {
        const string header =
            "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,"
            + "BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION";
        var row =
            $"Commune de Trélon,24590066600018,2025-004,2025-01-15,7.1,Finances locales/Décisions budgétaires,"
            + $"Vote du budget,{year},{budget},059-1,{prefecture},{votes}";

        var report = Check("deliberations", header, row);

        if (error is null)
        {
            Assert.True(report.IsValid, string.Join(" | ", report.RowErrors.Select(e => e.Message)));
        }
        else
        {
            Assert.Contains(report.RowErrors, e => e.Message.Contains(error, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("finances LOCALES / Budget", true)]
    [InlineData("Liberte publiques et pouvoirs de police/Police", false)]
    [InlineData("Libertés publiques et pouvoirs de police/Police", true)]
    [InlineData("Voirie/Entretien", false)]
    public void The_subject_of_a_deliberation_starts_with_an_ACTES_subject(string subject, bool valid)
    {
        const string header =
            "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET";

        var report = Check(
            "deliberations",
            header,
            $"Commune de Trélon,24590066600018,2025-004,2025-01-15,7.1,{subject},Vote"
        );

        Assert.Equal(valid, report.IsValid);
        if (!valid)
        {
            Assert.Contains("nomenclature ACTES", Assert.Single(report.RowErrors).Message);
        }
    }
}
