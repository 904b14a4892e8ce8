using System.Text;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class ValidationTests
{
    private static readonly ReportMessages French = new(CultureTexts.For<OpenDataResource>("fr"));

    static ValidationTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("a;b;c\n1;2;3", ';')]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("\"x;y\",b,c\n1,2,3", ',')]
    public void The_separator_is_the_one_the_header_uses(string text, char expected) =>
        Assert.Equal(expected, CsvText.DetectSeparator(text));

    [Fact]
    public void Quoted_cells_keep_separators_quotes_and_line_breaks()
    {
        var records = CsvText.Read("nom;objet\n\"Club\";\"Ligne 1\nLigne 2 ; \"\"fin\"\"\"\nAutre;x\n", ';').ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal("Ligne 1\nLigne 2 ; \"fin\"", records[1].Cells[1]);
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void Windows_1252_and_UTF_8_with_or_without_BOM_read_the_same()
    {
        const string text = "commune;montant\nTrélon;12,5\n";
        var windows = Encoding.GetEncoding(1252).GetBytes(text);
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(text, TextDecoding.Decode(windows));
        Assert.Equal(text, TextDecoding.Decode(bom));
        Assert.Equal("Windows-1252", TextDecoding.EncodingOf(windows));
        Assert.Equal("UTF-8 avec BOM", TextDecoding.EncodingOf(bom));
        Assert.Equal(Encoding.UTF8.GetBytes(text), TextDecoding.ToUtf8(windows));
    }

    [Fact]
    public void The_SCDL_schemas_are_embedded_with_their_real_field_names()
    {
        Assert.Equal(5, ScdlSchemas.All.Count);
        var grants = ScdlSchemas.Find("subventions")!;
        Assert.Contains(grants.Fields, f =>
            f.Name == "idAttribuant" && f.Constraints.Pattern == "^\\d{14}$" && f.Constraints.Required
        );
        Assert.Contains(ScdlSchemas.Find("equipements")!.Fields, f =>
            f.Name == "EQUIP_THEME" && f.Constraints.Enum!.Contains("Equipement culturel")
        );
        Assert.Contains(ScdlSchemas.Find("budget")!.Fields, f => f.Name == "BGT_ANNEE" && f.Type == "year");
    }

    [Fact]
    public void A_grants_file_with_bad_values_is_reported_row_by_row()
    {
        var csv = ScdlCsv.Grants(("2024-13-01", "123", "mille"));
        var grants = ScdlSchemas.Find("subventions")!;
        var report = Validator.Validate(
            TabularFile.FromCsv(Encoding.UTF8.GetBytes(csv), French),
            grants.Fields,
            French,
            grants.CustomChecks
        );

        Assert.False(report.IsValid);
        Assert.Equal(1, report.InvalidRowCount);
        Assert.Contains(report.RowErrors, e =>
            e.Line == 2 && e.Field == "dateConvention" && e.Message.Contains("AAAA-MM-JJ")
        );
        Assert.Contains(report.RowErrors, e => e.Field == "idBeneficiaire" && e.Message.Contains("SIRET"));
        Assert.Contains(report.RowErrors, e => e.Field == "montant" && e.Message.Contains("n'est pas un nombre"));
    }

    [Fact]
    public void Missing_and_unknown_columns_are_named()
    {
        var report = Validator.Validate(
            TabularFile.FromCsv(Encoding.UTF8.GetBytes("nom,montant\nx,1\n"), French),
            ScdlSchemas.Find("subventions")!.Fields,
            French
        );

        Assert.Contains(report.FileErrors, e => e.Contains("idAttribuant") && e.Contains("absentes"));
        Assert.Contains(report.FileErrors, e => e.Contains("nom") && e.Contains("inconnues"));
    }

    [Fact]
    public void A_valid_file_gives_typed_rows()
    {
        var file = TabularFile.FromCsv(
            Encoding.UTF8.GetBytes(ScdlCsv.Grants(("2024-03-01", "78456123000011", "1500,50"))),
            French
        );
        var fields = ScdlSchemas.Find("subventions")!.Fields;

        Assert.True(Validator.Validate(file, fields, French).IsValid);
        var row = Assert.Single(Validator.Typed(file, fields, French));
        Assert.Contains("\"montant\":1500.5", row.Data);
        Assert.Contains("\"notificationUE\":false", row.Data);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",", "mal formé")]
    [InlineData("{\"type\":\"Feature\"}", "FeatureCollection")]
    public void Malformed_GeoJSON_is_refused_with_a_French_message(string json, string expected)
    {
        var report = Validator.Validate(GeoJsonFile.Open(Encoding.UTF8.GetBytes(json), French), [], French);

        Assert.Contains(report.FileErrors, e => e.Contains(expected));
    }

    [Fact]
    public void A_geometry_outside_the_territory_is_a_row_error()
    {
        const string json =
            "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Mairie\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.05,50.01]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Paris\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}}]}";
        var file = GeoJsonFile.Open(Encoding.UTF8.GetBytes(json), French);

        var report = Validator.Validate(
            file,
            TableSchema.Infer(file.Headers, file.Rows().Select(r => r.Cells)),
            French
        );

        var error = Assert.Single(report.RowErrors);
        Assert.Equal(2, error.Line);
        Assert.Contains("hors du territoire", error.Message);
    }
}

internal static class ScdlCsv
{
    public const string Header =
        "nomAttribuant;idAttribuant;dateConvention;referenceDecision;nomBeneficiaire;idBeneficiaire;objet;montant;nature;conditionsVersement;datesPeriodeVersement;idRAE;notificationUE;pourcentageSubvention";

    public static string Grants(params (string Date, string Beneficiary, string Amount)[] rows) =>
        Header
        + "\n"
        + string.Concat(
            rows.Select(r =>
                $"Pôle de Santé Sud Avesnois;24590066600018;{r.Date};D-1;Club de Fourmies;{r.Beneficiary};\"Fonctionnement; saison\";\"{r.Amount}\";aide en numéraire;unique;2024-04-01;;non;1\n"
            )
        );
}
