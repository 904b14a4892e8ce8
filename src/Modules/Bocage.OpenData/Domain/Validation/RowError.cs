namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// An error of one row: its line in the file, the column and what is wrong, in the language of the request.
/// </summary>
internal sealed record RowError(int Line, string Field, string Message);
