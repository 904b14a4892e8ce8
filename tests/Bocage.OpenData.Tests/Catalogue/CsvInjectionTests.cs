using System.Text.Json.Nodes;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>A public export never hands a spreadsheet a formula, whoever typed the data.</summary>
public sealed class CsvInjectionTests
{
    private static readonly SchemaField[] Fields = [new("nom"), new("montant", "number")];

    private static readonly (string Name, double Amount)[] Rows =
    [
        ("=HYPERLINK(\"http://evil.example\",\"clic\")", -12.5),
        ("+cmd|' /C calc'!A0", 3),
        ("@SUM(A1:A2)", 0),
        ("\t-1", 1),
        ("Trélon", -4),
    ];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Formula_cells_of_a_public_export_get_a_leading_quote_and_numbers_stay_numbers(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        using (var scope = app.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
            var store = scope.ServiceProvider.GetRequiredService<RowStore>();
            var dataset = new Dataset("formules", "Formules", DateTime.UtcNow)
            {
                OrganisationSlug = "ccsa-direction-generale",
                OrganisationName = "CCSA",
                Producer = "test",
            };
            var resource = new Resource(dataset.Id, "lignes", "Lignes", "CSV");
            dataset.Resources.Add(resource);
            data.Datasets.Add(dataset);
            await data.SaveChangesAsync();
            var batch = Guid.NewGuid();
            var rows = Rows.Select(
                (r, i) =>
                    new TypedRow(
                        i + 1,
                        new JsonObject { ["nom"] = r.Name, ["montant"] = r.Amount }.ToJsonString(),
                        null
                    )
            );
            var count = await store.StageAsync(batch, rows, CancellationToken.None);
            await store.SwapAsync(
                resource.Id,
                batch,
                count,
                r => r.FieldsJson = TableSchema.Serialize(Fields),
                CancellationToken.None
            );
        }
        var client = app.CreateClient();

        // The version's export file, and the export streamed for a filter: both CSV writers of the engine.
        var whole = await client.GetStringAsync("/api/donnees/formules/lignes/export.csv");
        var filtered = await client.GetStringAsync("/api/donnees/formules/lignes/export.csv?montant__min=-100");

        foreach (var csv in new[] { whole, filtered })
        {
            Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",-12.5\r\n", csv);
            Assert.Contains("'+cmd|' /C calc'!A0,3\r\n", csv);
            Assert.Contains("'@SUM(A1:A2),0\r\n", csv);
            Assert.Contains("'\t-1,1\r\n", csv);
            Assert.Contains("Trélon,-4\r\n", csv);
            Assert.DoesNotContain("\n=", csv);
        }
    }
}
