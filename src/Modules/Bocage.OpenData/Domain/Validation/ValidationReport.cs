namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// What the producer reads after sending a file: how it was read, file-level problems, rows in error.
/// </summary>
internal sealed record ValidationReport(
    string Reading,
    IReadOnlyList<string> FileErrors,
    IReadOnlyList<RowError> RowErrors,
    int RowCount,
    int InvalidRowCount
)
{
    /// <summary>Rows listed in the report; the count of all invalid rows is given beside.</summary>
    public const int MaxListed = 500;

    public bool IsValid => FileErrors.Count == 0 && InvalidRowCount == 0;
}
