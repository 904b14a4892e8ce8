namespace Bocage.Places.Domain.Import;

/// <summary>A place the import wrote, for the result's links.</summary>
internal sealed record ImportedPlace(string Slug, string Name, bool Created);

/// <summary>What the confirmation wrote, or why nothing was (<see cref="ProblemKey"/>).</summary>
internal sealed record PlaceImportResult(
    IReadOnlyList<ImportedPlace> Places,
    int RefusedLines,
    string FileName,
    string? ProblemKey = null
);
