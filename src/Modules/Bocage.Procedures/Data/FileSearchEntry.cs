namespace Bocage.Procedures.Data;

/// <summary>
/// SQLite only: a row of the FTS5 table <c>procedures_files_search</c> (trigram tokenizer), kept by
/// triggers on <c>procedures_files</c>, so the inbox's <c>LIKE '%words%'</c> reads a trigram index
/// instead of every file. PostgreSQL uses a trigram GIN index on the files themselves.
/// </summary>
internal sealed class FileSearchEntry
{
    public Guid FileId { get; private set; }

    public string SearchText { get; private set; } = "";
}
