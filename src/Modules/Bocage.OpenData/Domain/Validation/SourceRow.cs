namespace Bocage.OpenData.Domain.Validation;

/// <summary>A row read from a file, before typing: its line (or feature number) and its cells.</summary>
internal sealed record SourceRow(int Line, IReadOnlyList<string?> Cells, string? Geometry = null, string? Error = null);
