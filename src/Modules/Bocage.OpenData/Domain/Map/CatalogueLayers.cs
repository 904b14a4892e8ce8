using System.Text.Json;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// Every published geographic resource of the catalogue (GeoJSON sent by a producer, CSV or XLSX with
/// latitude and longitude columns, engines' datasets with a geometry) as a map layer. Rows are read from
/// the row store with the preview's « contains » filter; at most <see cref="MaxFeatures"/> are drawn.
/// </summary>
internal sealed class CatalogueLayers(OpenDataDb db, RowStore store, ModuleDatasets modules)
{
    public const int MaxFeatures = 2000;

    // Columns read as the feature's name, commune and category, first match wins (case ignored); SCDL names included.
    private static readonly string[] NameColumns =
    [
        "nom",
        "name",
        "titre",
        "title",
        "libelle",
        "EQUIP_NOM",
        "nomBeneficiaire",
    ];
    private static readonly string[] CommuneColumns = ["commune", "nom_commune", "ADR_COMMUNE", "libelle_commune"];
    private static readonly string[] CategoryColumns =
    [
        "categorie",
        "category",
        "type",
        "EQUIP_TYPE",
        "lieu",
        "theme",
        "EQUIP_THEME",
    ];

    public async Task<IReadOnlyList<CatalogueLayer>> ListAsync(CancellationToken cancellationToken = default)
    {
        // The map may be the first page read: the engines' layers (places, equipment, circuits) are due by then.
        await modules.EnsureFreshAsync(cancellationToken);
        var rows = await (
            from r in db.Resources.AsNoTracking()
            join d in db.Datasets.AsNoTracking() on r.DatasetId equals d.Id
            where r.HasGeometry && r.BatchId != Guid.Empty && d.WithdrawnAt == null
            select new
            {
                d.Slug,
                DatasetTitle = d.Title,
                Resource = r,
            }
        ).ToListAsync(cancellationToken);
        var several = rows.GroupBy(r => r.Slug).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return rows.Select(r => new CatalogueLayer(
                $"{r.Slug}/{r.Resource.Slug}",
                r.Slug,
                several.Contains(r.Slug) ? $"{r.DatasetTitle} — {r.Resource.Title}" : r.DatasetTitle,
                r.Resource
            ))
            .OrderBy(l => l.Title, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true))
            .ToList();
    }

    public async Task<CatalogueLayer?> FindAsync(string? key, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(key) || !key.Contains('/')
            ? null
            : (await ListAsync(cancellationToken)).FirstOrDefault(l => l.Key == key);

    /// <summary>The filterable column, or null when the name is not one of the resource's columns.</summary>
    public static SchemaField? Column(CatalogueLayer layer, string? name) =>
        layer.Resource.Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// The features, filtered by « column contains value » when both are given; the flag says more were left out.
    /// </summary>
    public async Task<(IReadOnlyList<LayerFeature> Features, bool Truncated)> FeaturesAsync(
        CatalogueLayer layer,
        SchemaField? column,
        string? value,
        IReadOnlyDictionary<string, string> communeNames,
        CancellationToken cancellationToken = default
    )
    {
        var fields = layer.Resource.Fields;
        IReadOnlyList<RowFilter> filters =
            column is not null && !string.IsNullOrWhiteSpace(value)
                ? [new RowFilter(column, FilterOperator.Contains, value.Trim())]
                : [];
        var query = new RowQuery(filters, null, false, 1, MaxFeatures + 1, fields);
        var features = new List<LayerFeature>();
        await foreach (var row in store.ReadAsync(layer.Resource, query, paged: true, cancellationToken))
        {
            if (features.Count == MaxFeatures)
            {
                return (features, true);
            }
            if (GeoJson.Anchor(row.Geometry) is { } at)
            {
                features.Add(new LayerFeature(Point(row, fields, at, communeNames), row.Data, row.Geometry!));
            }
        }
        return (features, false);
    }

    private static MapPoint Point(
        StoredRow row,
        IReadOnlyList<SchemaField> fields,
        (double Lat, double Lon) at,
        IReadOnlyDictionary<string, string> communeNames
    )
    {
        using var document = JsonDocument.Parse(row.Data);
        var values = document
            .RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(),
                StringComparer.OrdinalIgnoreCase
            );
        string? First(string[] names) =>
            names.Select(n => values.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var name = First(NameColumns) ?? $"Entité n° {row.Number}";
        var commune = First(CommuneColumns);
        var insee = values.GetValueOrDefault("insee");
        commune ??= insee is not null ? communeNames.GetValueOrDefault(insee) : null;
        var category = First(CategoryColumns) ?? "";
        var details = string.Join(
            " · ",
            fields
                .Where(f =>
                    values.ContainsKey(f.Name)
                    && values[f.Name] != name
                    && values[f.Name] != commune
                    && values[f.Name] != category
                )
                .Select(f => $"{f.Label} : {values[f.Name]}")
        );
        return new MapPoint(name, insee, commune ?? "", at.Lat, at.Lon, category, details);
    }
}
