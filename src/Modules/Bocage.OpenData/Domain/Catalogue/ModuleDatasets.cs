using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.OpenData.Contracts;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// Publishes the datasets every engine declares (<see cref="DatasetDefinition"/> singletons): on read of the
/// catalogue, a declared dataset older than <see cref="MaxAge"/> (or never published) is read again
/// from its engine and swapped in like an upload. One refresh at a time per process.
/// </summary>
internal sealed class ModuleDatasets(
    IEnumerable<DatasetDefinition> definitions,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<ModuleDatasets> logger
)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTime _checkedAt = DateTime.MinValue;

    public async Task EnsureFreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _checkedAt < MaxAge)
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (now - _checkedAt < MaxAge)
            {
                return;
            }
            foreach (var definition in definitions)
            {
                // One engine's failing dataset keeps its previous version; the catalogue still answers.
                try
                {
                    await RefreshAsync(definition, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(
                        e,
                        "Dataset {Slug} of engine {Engine} could not be refreshed",
                        definition.Slug,
                        definition.Engine
                    );
                }
            }
            _checkedAt = now;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RefreshAsync(DatasetDefinition definition, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var dataset = await db
            .Datasets.Include(d => d.Resources)
            .FirstOrDefaultAsync(d => d.Slug == definition.Slug, cancellationToken);
        if (dataset is null)
        {
            dataset = new Dataset(definition.Slug, definition.Title, now);
            db.Datasets.Add(dataset);
        }
        else if (dataset.SourceModule is null)
        {
            return; // A producer's dataset holds the slug: the engine's never overwrites it.
        }
        Describe(dataset, definition.Engine, definition);
        var resource = dataset.Resources.FirstOrDefault();
        if (resource is null)
        {
            resource = new Resource(dataset.Id, "donnees", definition.Title, "API");
            dataset.Resources.Add(resource);
        }
        await db.SaveChangesAsync(cancellationToken);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        await foreach (var row in definition.Rows(scope.ServiceProvider, cancellationToken))
        {
            rows.Add(row);
        }
        // Declared against an official schema, the rows are published as the demo's SCDL datasets are: under the
        // schema's own fields (constraints, « oui »/« non »), named on the resource.
        var schema = definition.SchemaName is null
            ? null
            : ScdlSchemas.Find(definition.SchemaName)
                ?? throw new InvalidOperationException($"Unknown SCDL schema {definition.SchemaName}.");
        var fields = schema?.Fields.ToList() ?? FieldsOf(definition, rows);
        var batch = Guid.NewGuid();
        var store = scope.ServiceProvider.GetRequiredService<RowStore>();
        var count = await store.StageAsync(
            batch,
            rows.Select((r, i) => Typed(i + 1, r, fields, definition.GeometryField)),
            cancellationToken
        );
        await store.SwapAsync(
            resource.Id,
            batch,
            count,
            r =>
            {
                r.FieldsJson = TableSchema.Serialize(fields);
                r.SchemaName = schema?.Name;
                r.HasGeometry = definition.GeometryField is not null;
                r.UpdatedAt = now;
            },
            cancellationToken
        );
    }

    private void Describe(Dataset dataset, string moduleName, DatasetDefinition definition)
    {
        dataset.Title = definition.Title;
        dataset.Description = definition.Description;
        dataset.Theme = definition.Theme;
        dataset.Frequency = definition.Frequency;
        dataset.Licence = definition.Licence ?? Dataset.DefaultLicence;
        dataset.OrganisationSlug = "ccsa-direction-generale";
        dataset.OrganisationName = "Communauté de Communes Sud Avesnois";
        dataset.Producer = $"module:{moduleName}";
        dataset.SourceModule = moduleName;
        dataset.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private static List<SchemaField> FieldsOf(
        DatasetDefinition definition,
        List<IReadOnlyDictionary<string, object?>> rows
    )
    {
        if (definition.Fields is { } declared)
        {
            return declared
                .Where(f => f.Name != definition.GeometryField)
                .Select(f => new SchemaField(f.Name, f.Type, f.Title))
                .ToList();
        }
        var first = rows.FirstOrDefault() ?? new Dictionary<string, object?>();
        return first
            .Where(kv => kv.Key != definition.GeometryField)
            .Select(kv => new SchemaField(kv.Key, TypeOf(kv.Value)))
            .ToList();
    }

    private static string TypeOf(object? value) =>
        value switch
        {
            int or long or short => "integer",
            double or float or decimal => "number",
            bool => "boolean",
            DateOnly => "date",
            _ => "string",
        };

    private static TypedRow Typed(
        long number,
        IReadOnlyDictionary<string, object?> row,
        List<SchemaField> fields,
        string? geometry
    )
    {
        var data = new JsonObject();
        foreach (var field in fields)
        {
            data[field.Name] = row.GetValueOrDefault(field.Name) switch
            {
                null => null,
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                double d => JsonValue.Create(d),
                decimal m => JsonValue.Create(m),
                bool b => JsonValue.Create(b),
                DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                var other => JsonValue.Create(Convert.ToString(other, CultureInfo.InvariantCulture)),
            };
        }
        return new TypedRow(
            number,
            data.ToJsonString(),
            geometry is null ? null : row.GetValueOrDefault(geometry) as string
        );
    }
}
