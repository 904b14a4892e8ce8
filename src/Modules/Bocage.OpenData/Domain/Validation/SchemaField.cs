namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A Table Schema field: name, type (string, integer, number, boolean, date, year), title, constraints.
/// </summary>
internal sealed record SchemaField(string Name, string Type = "string", string Title = "", string Description = "")
{
    public FieldConstraints Constraints { get; init; } = new();

    public bool IsNumeric => Type is "integer" or "number" or "year";

    public string Label => string.IsNullOrEmpty(Title) ? Name : Title;
}
