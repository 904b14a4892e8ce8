using System.Text.Json;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The collective equipment of the directory, published by the open-data engine as the dataset
/// « equipements-collectifs »: the CSV a reuser downloads passes frictionless' own Table Schema library
/// (tableschema, npm, run by test.sh) against the official SCDL « Équipements » 0.1.5 file, and the same file with
/// one cell spoiled is refused, so the check can fail.
/// </summary>
public sealed class EquipmentsExportTests
{
    private const string Export = "/api/donnees/equipements-collectifs/donnees/export.csv";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_places_that_are_equipment_pass_the_official_schema(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var client = app.CreateClient();

        var csv = await client.GetStringAsync(Export);
        using var dataset = JsonDocument.Parse(await client.GetStringAsync("/api/donnees/equipements-collectifs"));
        var (exit, output) = await ValidateAsync(csv);

        Assert.True(exit == 0, output);
        // The demo's twelve public places; its shops, producers, companies, lodgings and premises are not equipment.
        Assert.Contains("12 rows", output, StringComparison.Ordinal);
        Assert.Contains("Médiathèque de Fourmies", csv, StringComparison.Ordinal);
        Assert.Contains("59601-01010401-001,Equipement administratif,01010401-001,Mairie,Mairie de Trélon", csv);
        Assert.Contains("+33327606611", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Boulangerie", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Restaurant du Lac", csv, StringComparison.Ordinal);
        var resource = Assert.Single(dataset.RootElement.GetProperty("ressources").EnumerateArray());
        Assert.Equal("equipements", resource.GetProperty("schema").GetString());
        Assert.Contains("value=\"equipements-collectifs/donnees\"", await client.GetStringAsync("/carte"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_CSV_with_a_theme_outside_the_schema_list_is_refused(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var csv = await app.CreateClient().GetStringAsync(Export);
        Assert.Contains(",Equipement culturel,", csv, StringComparison.Ordinal);

        var (exit, output) = await ValidateAsync(
            csv.Replace(",Equipement culturel,", ",Culture,", StringComparison.Ordinal)
        );

        Assert.Equal(1, exit);
        Assert.Contains("EQUIP_THEME", output, StringComparison.Ordinal);
    }

    private static async Task<(int, string)> ValidateAsync(string csv)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        try
        {
            return await ExternalValidator.RunAsync("node", "tableschema.mjs", SchemaFile, file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The official schema as the open-data engine embeds it (that engine pins its checksum).</summary>
    internal static string SchemaFile =>
        Path.Combine(
            RepositoryFolders.Root,
            "src",
            "Modules",
            "Bocage.OpenData",
            "Domain",
            "Validation",
            "Schemas",
            "equipements.json"
        );
}
