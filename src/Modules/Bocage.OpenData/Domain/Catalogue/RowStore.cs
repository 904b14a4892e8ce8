using System.Data.Common;
using System.Runtime.CompilerServices;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>A stored row as read back: number, JSON object of values, geometry.</summary>
internal sealed record StoredRow(long Number, string Data, string? Geometry);

/// <summary>How many rows match: exact up to <see cref="RowStore.CountCap"/>, beyond it "at least" that many.</summary>
internal sealed record RowTotal(long Count, bool AtLeast);

/// <summary>The part of the <c>Data</c> section about row storage.</summary>
internal sealed class RowStorageOptions
{
    /// <summary>Batches with fewer rows get no per-column indexes: scanning them costs less than indexing them.</summary>
    public long IndexMinimumRows { get; set; } = 10_000;
}

/// <summary>One bar of a chart: a category (or a period) and its value.</summary>
internal sealed record ChartPoint(string Label, double Value);

/// <summary>
/// Writes and reads the rows of resources. Writing is staged: rows go under a fresh batch the public
/// never sees, then <see cref="SwapAsync"/> points the resource to it and drops the old batch in one
/// transaction, so a failed or invalid import never leaves half a table published. A large batch gets
/// its per-column indexes (<see cref="RowIndexes"/>) before the swap, and its export files
/// (<see cref="ExportFiles"/>) are the only ones kept after it.
/// </summary>
internal sealed class RowStore(OpenDataDb db, ExportFiles exports, IOptions<RowStorageOptions> options, IServiceScopeFactory scopes)
{
    /// <summary>Counting every match of a broad filter over a million rows costs more than the page itself.</summary>
    public const int CountCap = 10_000;

    private const int ChunkSize = 2000;

    private bool Postgres => db.Database.IsNpgsql();

    private string TableName => db.Model.FindEntityType(typeof(DataRow))!.GetTableName()!;

    private RowSql Sql() => new(Postgres, db.Model.FindEntityType(typeof(DataRow))!.GetSchemaQualifiedTableName()!);

    private RowIndexes Indexes() => new(Postgres, Sql().Table, TableName);

    private bool Indexed(long rowCount) => rowCount >= options.Value.IndexMinimumRows;

    public async Task<long> StageAsync(Guid batch, IEnumerable<TypedRow> rows, CancellationToken cancellationToken)
    {
        long count = 0;
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in rows.Chunk(ChunkSize))
            {
                db.Rows.AddRange(chunk.Select(r => new DataRow(batch, r.Number, r.Data, r.Geometry)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                count += chunk.Length;
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            await db.Rows.Where(r => r.BatchId == batch).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
        return count;
    }

    /// <summary>
    /// Publishes the staged batch: its indexes are built first (outside the transaction, so other imports
    /// are not held for long), then the resource points to it and the previous rows and indexes go,
    /// together. The previous version's export files are deleted once that is committed.
    /// </summary>
    public async Task SwapAsync(Guid resourceId, Guid batch, long rowCount, Action<Resource> update, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.SingleAsync(r => r.Id == resourceId, cancellationToken);
        var previous = resource.BatchId;
        resource.BatchId = batch;
        resource.RowCount = rowCount;
        update(resource);
        var indexed = Indexed(rowCount);
        try
        {
            if (indexed)
            {
                await RunAsync(Indexes().CreateStatements(batch, resource.Fields), cancellationToken);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await DropIndexesAsync(previous, cancellationToken);
            await db.Rows.Where(r => r.BatchId == previous).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await DropIndexesAsync(batch, CancellationToken.None);
            throw;
        }
        RowIndexes.Remember(batch, indexed);
        RowIndexes.Remember(previous, false);
        exports.Forget(resourceId, batch);
    }

    private async Task DropIndexesAsync(Guid batch, CancellationToken cancellationToken)
    {
        var indexes = Indexes();
        var names = await WithCommandAsync(Sql(), indexes.ListStatement(batch), async c =>
        {
            var found = new List<string>();
            await using var reader = await c.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(reader.GetString(0));
            }
            return found;
        }, cancellationToken);
        if (names.Count > 0)
        {
            await RunAsync(names.Select(indexes.DropStatement), cancellationToken);
        }
    }

    /// <summary>
    /// Indexes for a large batch published before they existed (or inserted by hand), once per process,
    /// built in the background on a connection of its own (a million rows take a minute): reads meanwhile
    /// answer the same, only slower.
    /// </summary>
    private void EnsureIndexes(Resource resource)
    {
        if (!Indexed(resource.RowCount))
        {
            return;
        }
        var (batch, fields) = (resource.BatchId, resource.Fields);
        RowIndexes.EnsureOnce(batch, () => Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<RowStore>();
            try
            {
                await store.RunAsync(store.Indexes().CreateStatements(batch, fields), CancellationToken.None);
            }
            catch (Exception e)
            {
                scope.ServiceProvider.GetRequiredService<ILogger<RowStore>>().LogError(e, "Indexes of batch {Batch} not built", batch);
                throw;
            }
        }));
    }

    /// <summary>Statements without parameters or results (indexes), one after the other on the context's connection.</summary>
    private Task RunAsync(IEnumerable<string> statements, CancellationToken cancellationToken) =>
        WithCommandAsync(Sql(), "", async c =>
        {
            foreach (var statement in statements)
            {
                c.CommandText = statement;
                await c.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }, cancellationToken);

    /// <summary>The stored row count when nothing is filtered; otherwise a count that stops at <see cref="CountCap"/> + 1.</summary>
    public async Task<RowTotal> CountAsync(Resource resource, RowQuery query, CancellationToken cancellationToken)
    {
        if (query.Filters.Count == 0)
        {
            return new RowTotal(resource.RowCount, false);
        }
        EnsureIndexes(resource);
        var sql = Sql();
        var text = $"SELECT COUNT(*) FROM (SELECT 1 FROM {sql.Table} WHERE {sql.Where(resource.BatchId, query.Filters)} LIMIT {CountCap + 1}) AS matches";
        if (!Postgres || db.Database.CurrentTransaction is not null)
        {
            var count = await WithCommandAsync(sql, text, async c => Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken)), cancellationToken);
            return Total(count);
        }
        // A bitmap scan reads every match of the index before the limit applies (83,000 of a million rows:
        // 25 ms); a plain index scan stops at the cap. SET LOCAL needs a transaction, which Npgsql begins
        // in the same round trip as the first statement.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var capped = await WithCommandAsync(sql, "SET LOCAL enable_bitmapscan = off; " + text, async c => Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Total(capped);
    }

    private static RowTotal Total(long count) => count > CountCap ? new RowTotal(CountCap, true) : new RowTotal(count, false);

    /// <summary>The rows one after the other, straight from the database reader: never all in memory.</summary>
    /// <remarks>A paged read with <paramref name="lookAhead"/> yields one row past the page: its presence says there is a next page.</remarks>
    public async IAsyncEnumerable<StoredRow> ReadAsync(Resource resource, RowQuery query, bool paged, [EnumeratorCancellation] CancellationToken cancellationToken, bool lookAhead = false)
    {
        if (query.Filters.Count > 0 || query.Sort is not null)
        {
            EnsureIndexes(resource);
        }
        var sql = Sql();
        var text = $"SELECT number, data, geometry FROM {sql.Table} WHERE {sql.Where(resource.BatchId, query.Filters)} ORDER BY {sql.OrderBy(query)}";
        if (paged)
        {
            text += $" LIMIT {sql.Add(query.PageSize + (lookAhead ? 1 : 0))} OFFSET {sql.Add(query.Offset)}";
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(sql, text);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return new StoredRow(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Sum of a numeric column (or count of rows) by category, largest first, for the chart.</summary>
    public async Task<IReadOnlyList<ChartPoint>> GroupAsync(Resource resource, SchemaField category, SchemaField? measure, int limit, bool byLabel, CancellationToken cancellationToken)
    {
        var sql = Sql();
        var label = sql.Text(category);
        var value = measure is null ? "COUNT(*)" : Postgres ? $"SUM(({sql.Text(measure)})::double precision)" : $"SUM({sql.Value(measure)})";
        var order = byLabel ? "1" : "2 DESC";
        var text = $"SELECT {label}, {value} FROM {sql.Table} WHERE batch_id = {sql.Batch(resource.BatchId)} GROUP BY 1 ORDER BY {order} LIMIT {limit}";
        return await WithCommandAsync(sql, text, async c =>
        {
            var points = new List<ChartPoint>();
            await using var reader = await c.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                points.Add(new ChartPoint(reader.IsDBNull(0) ? "—" : reader.GetValue(0).ToString()!, reader.IsDBNull(1) ? 0 : Convert.ToDouble(reader.GetValue(1))));
            }
            return (IReadOnlyList<ChartPoint>)points;
        }, cancellationToken);
    }

    private async Task<T> WithCommandAsync<T>(RowSql sql, string text, Func<DbCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(sql, text);
            return await run(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private DbCommand Command(RowSql sql, string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        sql.Bind(command);
        return command;
    }
}
