using System.Text;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// The validation report speaks the language of the request; what comes from the file is quoted as it is.
/// </summary>
public sealed class ReportLanguageTests
{
    private static ReportMessages In(string culture) => new(CultureTexts.For<OpenDataResource>(culture));

    [Fact]
    public void A_grants_file_is_reported_in_english_for_an_english_request()
    {
        var english = In("en");
        var file = TabularFile.FromCsv(Encoding.UTF8.GetBytes(ScdlCsv.Grants(("2024-13-01", "123", "mille"))), english);

        var report = Validator.Validate(file, ScdlSchemas.Find("subventions")!.Fields, english);

        Assert.Equal("encoding UTF-8, separator semicolon", report.Reading);
        Assert.Contains(report.RowErrors, e =>
            e.Field == "dateConvention" && e.Message == "“2024-13-01” is not a date in the format YYYY-MM-DD"
        );
        Assert.Contains(report.RowErrors, e => e.Field == "montant" && e.Message == "“mille” is not a number");
    }

    [Theory]
    [InlineData("fr", "Colonnes inconnues du schéma : nom.")]
    [InlineData("en", "Columns unknown to the schema: nom.")]
    [InlineData("nl", "Kolommen onbekend in het schema: nom.")]
    public void Column_problems_follow_the_language_of_the_request(string culture, string expected)
    {
        var messages = In(culture);

        var report = Validator.Validate(
            TabularFile.FromCsv(Encoding.UTF8.GetBytes("nom,montant\nx,1\n"), messages),
            ScdlSchemas.Find("subventions")!.Fields,
            messages
        );

        Assert.Contains(expected, report.FileErrors);
    }

    [Fact]
    public void A_malformed_GeoJSON_file_is_refused_in_english()
    {
        var english = In("en");

        var report = Validator.Validate(
            GeoJsonFile.Open(Encoding.UTF8.GetBytes("{\"type\":\"Feature\"}"), english),
            [],
            english
        );

        Assert.Equal(["The GeoJSON file must be a “FeatureCollection” with a “features” list."], report.FileErrors);
    }
}
