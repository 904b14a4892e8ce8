using System.Text.Json.Serialization;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// Constraints of a Table Schema field (frictionlessdata.io/specs/table-schema), the subset SCDL uses.
/// </summary>
internal sealed record FieldConstraints
{
    public bool Required { get; init; }

    public string? Pattern { get; init; }

    [JsonPropertyName("enum")]
    public IReadOnlyList<string>? Enum { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
