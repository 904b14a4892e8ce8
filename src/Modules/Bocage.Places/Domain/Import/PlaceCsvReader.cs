using CsvHelper;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// Reads a places' CSV file as it streams from the file store: UTF-8 (a byte order mark is skipped), the separator
/// told from the first lines (semicolon, as French spreadsheets save, or comma), one header line naming the columns
/// (<see cref="PlaceCsvColumns"/>), then one place a line. What makes the whole file unreadable is
/// <see cref="Problem"/>: set by <see cref="Open"/> for the header, or while <see cref="Rows"/> runs (too many lines,
/// a quote never closed), which then stops.
/// </summary>
internal sealed class PlaceCsvReader : IDisposable
{
    /// <summary>An import is checked and shown whole before it is written: a territory's places, not a country's.
    /// </summary>
    public const int MaxRows = 5000;

    // A line of a place with every text at its longest is about 50 KB: what is far beyond is a quote left open.
    private const int MaxRecordBytes = 256 * 1024;

    private readonly CsvReader _csv;
    private readonly int _maxRows;
    private readonly Dictionary<string, int> _columns = [];
    private readonly List<string> _ignored = [];
    private long _unterminatedLine;

    private PlaceCsvReader(Stream content, int maxRows)
    {
        _maxRows = maxRows;
        _csv = CsvReader.Create(
            content,
            new CsvReaderOptions
            {
                TrackLineNumbers = true,
                MaxRecordSize = MaxRecordBytes,
                // A stray quote in a hand-typed cell (« Le "Petit" café ») is kept as text; a quote never closed
                // would swallow the rest of the file into one cell, so it stops the reading with its line.
                OnMalformedRecord = r =>
                {
                    if (r.Reason == CsvMalformedReason.UnterminatedQuote)
                    {
                        _unterminatedLine = r.LineNumber;
                    }
                },
            },
            leaveOpen: true
        );
    }

    /// <summary>The known columns the header has, in the order of <see cref="PlaceCsvColumns.All"/>.</summary>
    public IReadOnlyList<string> Columns =>
        PlaceCsvColumns.All.Select(c => c.Name).Where(_columns.ContainsKey).ToList();

    /// <summary>The header's columns that are no column of the import, as typed: said, not read.</summary>
    public IReadOnlyList<string> Ignored => _ignored;

    public PlaceImportProblem? Problem { get; private set; }

    /// <summary>Opens the file and checks its header; <see cref="Problem"/> says what is wrong with it.</summary>
    public static PlaceCsvReader Open(Stream content, int maxRows = MaxRows)
    {
        var reader = new PlaceCsvReader(content, maxRows);
        reader.Problem = reader.ReadHeader();
        return reader;
    }

    private PlaceImportProblem? ReadHeader()
    {
        IReadOnlyList<string> headers;
        try
        {
            _csv.ReadHeader();
            headers = _csv.Headers;
        }
        catch (CsvFormatException e)
        {
            return PlaceImportProblem.OfFile("Import_Unreadable", (int)Math.Max(1, e.LineNumber));
        }
        if (headers.All(string.IsNullOrWhiteSpace))
        {
            return PlaceImportProblem.OfFile("Import_Empty");
        }
        var known = PlaceCsvColumns.All.Select(c => c.Name).ToHashSet();
        for (var i = 0; i < headers.Count; i++)
        {
            var key = PlaceCsvColumns.Key(headers[i]);
            if (known.Contains(key))
            {
                _columns.TryAdd(key, i);
            }
            else if (key.Length > 0)
            {
                _ignored.Add(headers[i].Trim());
            }
        }
        // A tab or a colon between the names leaves one column that is none of ours: the separator is the problem,
        // not the columns it hides.
        if (_csv.Separator is not (';' or ',') || (headers.Count == 1 && _columns.Count == 0))
        {
            return PlaceImportProblem.OfFile("Import_Separator");
        }
        var missing = PlaceCsvColumns.Required.Where(c => !_columns.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        return missing.Count > 0
            ? PlaceImportProblem.OfFile("Import_MissingColumns", string.Join(", ", missing))
            : null;
    }

    /// <summary>
    /// The data lines, one at a time; lines whose cells are all empty (a spreadsheet's trailing rows) are skipped.
    /// Nothing when the header has a problem; stops at the first line past <see cref="MaxRows"/> or unreadable.
    /// </summary>
    public IEnumerable<PlaceCsvRow> Rows()
    {
        var count = 0;
        while (Problem is null)
        {
            if (!TryRead(out var more) || !more)
            {
                yield break;
            }
            if (_unterminatedLine > 0)
            {
                Problem = PlaceImportProblem.OfFile("Import_Unterminated", (int)_unterminatedLine);
                yield break;
            }
            var cells = _columns.ToDictionary(c => c.Key, c => _csv.GetString(c.Value));
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (++count > _maxRows)
            {
                Problem = PlaceImportProblem.OfFile("Import_TooManyRows", _maxRows);
                yield break;
            }
            yield return new PlaceCsvRow((int)_csv.LineNumber, cells);
        }
    }

    // No yield inside a try with a catch: the reading that may throw is done here.
    private bool TryRead(out bool more)
    {
        try
        {
            more = _csv.Read();
            return true;
        }
        catch (CsvFormatException e)
        {
            Problem = PlaceImportProblem.OfFile("Import_Unreadable", (int)Math.Max(1, e.LineNumber));
            more = false;
            return false;
        }
    }

    public void Dispose() => _csv.Dispose();
}
