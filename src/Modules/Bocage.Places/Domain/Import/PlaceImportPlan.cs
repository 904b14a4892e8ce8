namespace Bocage.Places.Domain.Import;

/// <summary>A line that will be written: a new place (<see cref="Existing"/> null) or an update.</summary>
internal sealed record PlannedPlace(int Line, PlaceDetails Details, Place? Existing);

/// <summary>
/// What an import would do, line by line: the places created and updated, and every refused line with its column
/// and reason; or the one problem that makes the whole file unreadable (<see cref="FileProblem"/>).
/// </summary>
internal sealed class PlaceImportPlan
{
    public PlaceImportProblem? FileProblem { get; init; }

    public IReadOnlyList<PlannedPlace> Places { get; init; } = [];

    /// <summary>The refused lines' problems, by line then in the columns' order.</summary>
    public IReadOnlyList<PlaceImportProblem> Problems { get; init; } = [];

    /// <summary>The header's columns that are no column of the import.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    public int Created => Places.Count(p => p.Existing is null);

    public int Updated => Places.Count(p => p.Existing is not null);

    public int RefusedLines => Problems.Select(p => p.Line).Distinct().Count();

    public static PlaceImportPlan Unreadable(PlaceImportProblem problem) => new() { FileProblem = problem };
}
