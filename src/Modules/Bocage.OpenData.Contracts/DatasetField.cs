namespace Bocage.OpenData.Contracts;

/// <summary>A column of a published dataset, as a Table Schema field.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Type">Table Schema type: string, integer, number, boolean, date, year.</param>
/// <param name="Title">French label; the name when empty.</param>
public sealed record DatasetField(string Name, string Type = "string", string Title = "");
