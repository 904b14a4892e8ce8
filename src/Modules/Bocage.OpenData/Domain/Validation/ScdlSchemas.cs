using System.Text.Json;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// The SCDL schemas of OpenDataFrance a producer may validate against, embedded as JSON (field names,
/// types and constraints taken from schema.data.gouv.fr; see docs/data.md).
/// </summary>
internal static class ScdlSchemas
{
    private static readonly Lazy<IReadOnlyList<TableSchema>> Loaded = new(Load);

    public static IReadOnlyList<TableSchema> All => Loaded.Value;

    public static TableSchema? Find(string? name) => All.FirstOrDefault(s => s.Name == name);

    private static IReadOnlyList<TableSchema> Load()
    {
        var assembly = typeof(ScdlSchemas).Assembly;
        return assembly
            .GetManifestResourceNames()
            .Where(n => n.StartsWith("Bocage.OpenData.Schemas.", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<TableSchema>(stream, TableSchema.Json)!;
            })
            .OrderBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
    }
}
