using System.Collections.Concurrent;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// The indexes of one published batch, in the spirit of CKAN's datastore (a table per resource with an
/// index per column) without leaving the one rows table: per column, two partial expression indexes
/// restricted to the batch, <c>(value ASC NULLS LAST, number)</c> and <c>(value DESC NULLS LAST, number)</c>.
/// Equality and ranges read the first; a sort in either direction reads one of them in order, so a
/// filtered, sorted page stops after its 50 rows instead of sorting every match. Created on the staged
/// batch before the swap, dropped with the batch it belongs to.
/// </summary>
internal sealed class RowIndexes(bool postgres, string table, string tableName)
{
    /// <summary>
    /// Columns beyond this number are filtered and sorted without an index (each index costs space and import time).
    /// </summary>
    public const int MaxIndexedFields = 16;

    /// <summary>Batches known to have their indexes in this process: a cheap check before each read.</summary>
    private static readonly ConcurrentDictionary<Guid, Lazy<Task>> Ensured = new();

    /// <summary>
    /// The prefix of every index name of a batch (SQLite's names are global, PostgreSQL's per schema).
    /// </summary>
    public static string Prefix(Guid batch) => $"rows_{batch:N}_";

    public IEnumerable<string> CreateStatements(Guid batch, IReadOnlyList<SchemaField> fields)
    {
        var sql = new RowSql(postgres, table);
        foreach (var (field, i) in fields.Take(MaxIndexedFields).Select((f, i) => (f, i)))
        {
            var value = sql.Value(field);
            var where = $"batch_id = {sql.Batch(batch)}";
            // SQLite has no NULLS LAST in an index; its NULLs are lowest, so DESC already puts them last.
            var ascending = postgres ? $"{value} ASC NULLS LAST" : value;
            var descending = postgres ? $"{value} DESC NULLS LAST" : $"{value} DESC";
            yield return $"CREATE INDEX IF NOT EXISTS {Prefix(batch)}{i}a ON {table} ({ascending}, number) WHERE {where}";
            yield return $"CREATE INDEX IF NOT EXISTS {Prefix(batch)}{i}d ON {table} ({descending}, number) WHERE {where}";
        }
        // The planner needs the expressions' statistics to choose between the filter's and the sort's index.
        yield return $"ANALYZE {table}";
    }

    public string ListStatement(Guid batch) =>
        postgres
            ? $"SELECT indexname FROM pg_indexes WHERE tablename = {RowSql.Literal(tableName)} AND indexname LIKE {RowSql.Literal(Prefix(batch) + "%")}"
            : $"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = {RowSql.Literal(tableName)} AND name LIKE {RowSql.Literal(Prefix(batch) + "%")}";

    public string DropStatement(string index)
    {
        var schema =
            postgres && table.Contains('.', StringComparison.Ordinal)
                ? table[..(table.IndexOf('.', StringComparison.Ordinal) + 1)]
                : "";
        return $"DROP INDEX IF EXISTS {schema}\"{index.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>
    /// Starts <paramref name="create"/> once per batch and process (batches published before the indexes
    /// existed, or inserted by hand, get theirs on first read); a failed attempt is tried again on a later read.
    /// </summary>
    public static void EnsureOnce(Guid batch, Func<Task> create)
    {
        var lazy = Ensured.GetOrAdd(batch, _ => new Lazy<Task>(create));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            Ensured.TryRemove(new KeyValuePair<Guid, Lazy<Task>>(batch, lazy));
        }
    }

    /// <summary>Marks a batch as indexed (it was indexed before its swap), or forgets a dropped one.</summary>
    public static void Remember(Guid batch, bool indexed)
    {
        if (indexed)
        {
            Ensured[batch] = new Lazy<Task>(Task.CompletedTask);
        }
        else
        {
            Ensured.TryRemove(batch, out _);
        }
    }
}
