namespace Bocage.Places.Domain.Import;

/// <summary>
/// A data line of the file: the line it starts on (the header is line 1; a quoted cell may span lines) and its
/// cells by column name, for the known columns the header has. A short line's missing cells read as empty.
/// </summary>
internal sealed record PlaceCsvRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.GetValueOrDefault(column, "");

    public bool Has(string column) => Cells.ContainsKey(column);
}
