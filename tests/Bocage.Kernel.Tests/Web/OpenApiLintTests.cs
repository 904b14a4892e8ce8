using System.Text.Json;

namespace Bocage.Kernel.Tests.Web;

/// <summary>
/// The public API's OpenAPI document through Redocly's linter (recommended rules): zero errors. Each operation named,
/// its errors declared as problem details, its JSON answers with their schema, nothing of the PayFiP simulator or of
/// the site's own pages.
/// </summary>
public sealed class OpenApiLintTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_API_document_passes_Redocly_recommended_rules(DatabaseProvider db)
    {
        var json = await apps.Client(db).GetStringAsync("/api/openapi.json");
        var file = Path.Combine(Path.GetTempPath(), $"bocage-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var (exit, output) = await ExternalValidator.RunAsync(
                Path.Combine(ExternalValidator.Folder, "node_modules", ".bin", "redocly"),
                "lint",
                file,
                "--format=stylish"
            );

            Assert.True(exit == 0, output);
            Assert.Contains("Your API description is valid", output);
        }
        finally
        {
            File.Delete(file);
        }

        using var document = JsonDocument.Parse(json);
        var operations = document
            .RootElement.GetProperty("paths")
            .EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Operation: o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/donnees/{dataset}/{resource}/lignes");
        Assert.All(operations, o => Assert.True(o.Operation.TryGetProperty("operationId", out _), o.Path));
        Assert.DoesNotContain(operations, o => o.Path.Contains("simulateur", StringComparison.Ordinal));
        Assert.DoesNotContain(operations, o => o.Path.StartsWith("/langue", StringComparison.Ordinal));
        foreach (
            var (path, operation) in operations.Where(o => o.Path.StartsWith("/api/carte", StringComparison.Ordinal))
        )
        {
            var notFound = operation.GetProperty("responses").GetProperty("404").GetProperty("content");
            Assert.True(notFound.TryGetProperty("application/problem+json", out _), path);
        }
        var rows = operations.Single(o => o.Path == "/api/donnees/{dataset}/{resource}/lignes").Operation;
        var names = rows.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Superset(
            new HashSet<string?> { "dataset", "resource", "page", "taille", "tri", "champs" },
            names.ToHashSet()
        );

        // The JSON answers have their schema: a reuser's generator gets the fields of a page of rows and a dataset.
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.Equal("#/components/schemas/RowsPage", ResponseSchema(rows).GetProperty("$ref").GetString());
        Assert.Superset(
            new HashSet<string> { "total", "totalExact", "page", "taille", "lignes", "suivant" },
            schemas.GetProperty("RowsPage").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet()
        );
        var dataset = operations.Single(o => o.Path == "/api/donnees/{dataset}").Operation;
        Assert.Equal("#/components/schemas/ApiDataset", ResponseSchema(dataset).GetProperty("$ref").GetString());
        Assert.True(schemas.GetProperty("ApiResource").GetProperty("properties").TryGetProperty("champs", out _));
        foreach (
            var (path, operation) in operations.Where(o => o.Path.StartsWith("/api/carte", StringComparison.Ordinal))
        )
        {
            var geoJson = operation.GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.Equal(
                "#/components/schemas/GeoJsonFeatureCollection",
                geoJson.GetProperty("application/geo+json").GetProperty("schema").GetProperty("$ref").GetString()
            );
        }
    }

    private static JsonElement ResponseSchema(JsonElement operation) =>
        operation
            .GetProperty("responses")
            .GetProperty("200")
            .GetProperty("content")
            .GetProperty("application/json")
            .GetProperty("schema");
}
