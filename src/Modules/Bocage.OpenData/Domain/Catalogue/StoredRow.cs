namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>A stored row as read back: number, JSON object of values, geometry.</summary>
internal sealed record StoredRow(long Number, string Data, string? Geometry);
