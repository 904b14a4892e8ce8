using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A named Table Schema: the fields a file must have. The SCDL ones are read from the official files, kept
/// verbatim: their version, the address they are published at, and Validata's checks across columns.
/// </summary>
internal sealed record TableSchema(string Name, string Title, IReadOnlyList<SchemaField> Fields)
{
    public string? Version { get; init; }

    /// <summary>The official address of this version of the schema.</summary>
    public string? Path { get; init; }

    [JsonPropertyName("custom_checks")]
    public IReadOnlyList<CustomCheck> CustomChecks { get; init; } = [];

    /// <summary>The schema's page on schema.data.gouv.fr, where producers read it.</summary>
    public string Page => $"https://schema.data.gouv.fr/scdl/{Name}/{Version}/";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<SchemaField> ParseFields(string json) =>
        JsonSerializer.Deserialize<List<SchemaField>>(json, Json) ?? [];

    public static string Serialize(IEnumerable<SchemaField> fields) => JsonSerializer.Serialize(fields, Json);

    /// <summary>Fields guessed from the header and a few values, for a file sent without a schema.</summary>
    public static IReadOnlyList<SchemaField> Infer(
        IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<string?>> sample
    )
    {
        var rows = sample.Take(200).ToList();
        return headers
            .Select((h, i) => new SchemaField(h, InferType(rows.Select(r => i < r.Count ? r[i] : null))))
            .ToList();
    }

    private static string InferType(IEnumerable<string?> values)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (present.Count == 0)
        {
            return "string";
        }
        if (present.All(v => FieldValues.TryInteger(v!, out _)))
        {
            return "integer";
        }
        return present.All(v => FieldValues.TryNumber(v!, out _)) ? "number" : "string";
    }
}
