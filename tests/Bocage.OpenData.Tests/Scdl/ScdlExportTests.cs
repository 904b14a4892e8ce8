namespace Bocage.OpenData.Tests.Scdl;

/// <summary>
/// The CSV a reuser downloads from a dataset published to an SCDL schema passes frictionless' own Table Schema
/// library (tableschema, npm, run by test.sh) against the official schema file: header, types, « oui »/« non »,
/// patterns, enumerations. The same file with one cell changed is refused, so the check can fail.
/// </summary>
public sealed class ScdlExportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_CSV_of_an_SCDL_dataset_is_valid_for_the_official_schema(DatabaseProvider db)
    {
        // The equipment dataset, published by the places engine, is checked with that engine's tests.
        var csv = await fixture.Client(db).GetStringAsync("/api/donnees/subventions/donnees/export.csv");

        var (exit, output) = await ValidateAsync("subventions", csv);

        Assert.True(exit == 0, output);
        Assert.Matches(@"^\d+ rows", output);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_CSV_with_a_boolean_written_false_is_refused(DatabaseProvider db)
    {
        var csv = await fixture.Client(db).GetStringAsync("/api/donnees/subventions/donnees/export.csv");
        Assert.Contains(",non,", csv, StringComparison.Ordinal);

        var (exit, output) = await ValidateAsync(
            "subventions",
            csv.Replace(",non,", ",false,", StringComparison.Ordinal)
        );

        Assert.Equal(1, exit);
        Assert.Contains("notificationUE", output, StringComparison.Ordinal);
    }

    private static async Task<(int, string)> ValidateAsync(string schema, string csv)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        try
        {
            return await ExternalValidator.RunAsync(
                "node",
                "tableschema.mjs",
                OfficialSchemasTests.FileOf(schema),
                file
            );
        }
        finally
        {
            File.Delete(file);
        }
    }
}
