namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A Table Schema field: name, type (string, integer, number, boolean, date, year), title, constraints, and
/// what SCDL schemas add to some: a format (email, uri) and the words a boolean is written with (« oui »/« non »).
/// </summary>
internal sealed record SchemaField(string Name, string Type = "string", string Title = "", string Description = "")
{
    public FieldConstraints Constraints { get; init; } = new();

    public string? Format { get; init; }

    public IReadOnlyList<string>? TrueValues { get; init; }

    public IReadOnlyList<string>? FalseValues { get; init; }

    public bool IsNumeric => Type is "integer" or "number" or "year";

    public string Label => string.IsNullOrEmpty(Title) ? Name : Title;

    /// <summary>How a boolean is written back in a download: the schema's first word, else true/false.</summary>
    public string BooleanText(bool value) =>
        (value ? TrueValues : FalseValues) is [var word, ..] ? word
        : value ? "true"
        : "false";
}
