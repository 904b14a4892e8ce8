using System.Data.Common;
using System.Runtime.CompilerServices;
using Bocage.Data.Data;
using Bocage.Data.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bocage.Data.Catalogue;

/// <summary>A stored row as read back: number, JSON object of values, geometry.</summary>
internal sealed record StoredRow(long Number, string Data, string? Geometry);

/// <summary>One bar of a chart: a category (or a period) and its value.</summary>
internal sealed record ChartPoint(string Label, double Value);

/// <summary>
/// Writes and reads the rows of resources. Writing is staged: rows go under a fresh batch the public
/// never sees, then <see cref="SwapAsync"/> points the resource to it and drops the old batch in one
/// transaction, so a failed or invalid import never leaves half a table published.
/// </summary>
internal sealed class RowStore(DataDb db)
{
    private const int ChunkSize = 2000;

    private bool Postgres => db.Database.IsNpgsql();

    private RowSql Sql() => new(Postgres, db.Model.FindEntityType(typeof(DataRow))!.GetSchemaQualifiedTableName()!);

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

    /// <summary>Publishes the staged batch: the resource points to it and the previous rows go, together.</summary>
    public async Task SwapAsync(Guid resourceId, Guid batch, long rowCount, Action<Resource> update, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var resource = await db.Resources.SingleAsync(r => r.Id == resourceId, cancellationToken);
        var previous = resource.BatchId;
        resource.BatchId = batch;
        resource.RowCount = rowCount;
        update(resource);
        await db.SaveChangesAsync(cancellationToken);
        await db.Rows.Where(r => r.BatchId == previous).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<long> CountAsync(Resource resource, RowQuery query, CancellationToken cancellationToken)
    {
        var sql = Sql();
        var text = $"SELECT COUNT(*) FROM {sql.Table} WHERE {sql.Where(resource.BatchId, query.Filters)}";
        return await WithCommandAsync(sql, text, async c => Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken)), cancellationToken);
    }

    /// <summary>The rows one after the other, straight from the database reader: never all in memory.</summary>
    public async IAsyncEnumerable<StoredRow> ReadAsync(Resource resource, RowQuery query, bool paged, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = Sql();
        var text = $"SELECT number, data, geometry FROM {sql.Table} WHERE {sql.Where(resource.BatchId, query.Filters)} ORDER BY {sql.OrderBy(query)}";
        if (paged)
        {
            text += $" LIMIT {sql.Add(query.PageSize)} OFFSET {sql.Add(query.Offset)}";
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
