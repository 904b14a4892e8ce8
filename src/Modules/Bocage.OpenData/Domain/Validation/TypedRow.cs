namespace Bocage.OpenData.Domain.Validation;

/// <summary>A row ready to be stored: its number, its typed values as a JSON object, its geometry.</summary>
internal sealed record TypedRow(long Number, string Data, string? Geometry);
