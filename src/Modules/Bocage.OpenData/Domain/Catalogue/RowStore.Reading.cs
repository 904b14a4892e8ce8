using System.Runtime.CompilerServices;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>Reading the published rows: counts, pages streamed from the reader, and the chart's groups.</summary>
internal sealed partial class RowStore
{
    /// <summary>
    /// The stored row count when nothing is filtered; otherwise a count that stops at <see cref="CountCap"/> + 1.
    /// </summary>
    public async Task<RowTotal> CountAsync(Resource resource, RowQuery query, CancellationToken cancellationToken)
    {
        if (query.Filters.Count == 0)
        {
            return new RowTotal(resource.RowCount, false);
        }
        EnsureIndexes(resource);
        var sql = Sql();
        var text =
            $"SELECT COUNT(*) FROM (SELECT 1 FROM {sql.Table} WHERE {sql.Where(resource.BatchId, query.Filters)} LIMIT {CountCap + 1}) AS matches";
        if (!Postgres || db.Database.CurrentTransaction is not null)
        {
            var count = await WithCommandAsync(
                sql,
                text,
                async c => Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken)),
                cancellationToken
            );
            return Total(count);
        }
        // A bitmap scan reads every match of the index before the limit applies (83,000 of a million rows:
        // 25 ms); a plain index scan stops at the cap. SET LOCAL needs a transaction, which Npgsql begins
        // in the same round trip as the first statement.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var capped = await WithCommandAsync(
            sql,
            "SET LOCAL enable_bitmapscan = off; " + text,
            async c => Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken)),
            cancellationToken
        );
        await transaction.CommitAsync(cancellationToken);
        return Total(capped);
    }

    private static RowTotal Total(long count) =>
        count > CountCap ? new RowTotal(CountCap, true) : new RowTotal(count, false);

    /// <summary>The rows one after the other, straight from the database reader: never all in memory.</summary>
    /// <remarks>A paged read with <paramref name="lookAhead"/> yields one row past the page: its presence says there is
    /// a next page.</remarks>
    public async IAsyncEnumerable<StoredRow> ReadAsync(
        Resource resource,
        RowQuery query,
        bool paged,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        bool lookAhead = false
    )
    {
        if (query.Filters.Count > 0 || query.Sort is not null)
        {
            EnsureIndexes(resource);
        }
        var sql = Sql();
        var text =
            $"SELECT number, data, geometry FROM {sql.Table} WHERE {sql.Where(resource.BatchId, query.Filters)} ORDER BY {sql.OrderBy(query)}";
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
                yield return new StoredRow(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2)
                );
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Sum of a numeric column (or count of rows) by category, largest first, for the chart.</summary>
    public async Task<IReadOnlyList<ChartPoint>> GroupAsync(
        Resource resource,
        SchemaField category,
        SchemaField? measure,
        int limit,
        bool byLabel,
        CancellationToken cancellationToken
    )
    {
        var sql = Sql();
        var label = sql.Text(category);
        var value =
            measure is null ? "COUNT(*)"
            : Postgres ? $"SUM(({sql.Text(measure)})::double precision)"
            : $"SUM({sql.Value(measure)})";
        var order = byLabel ? "1" : "2 DESC";
        var text =
            $"SELECT {label}, {value} FROM {sql.Table} WHERE batch_id = {sql.Batch(resource.BatchId)} GROUP BY 1 ORDER BY {order} LIMIT {limit}";
        return await WithCommandAsync(
            sql,
            text,
            async c =>
            {
                var points = new List<ChartPoint>();
                await using var reader = await c.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    points.Add(
                        new ChartPoint(
                            reader.IsDBNull(0) ? "—" : reader.GetValue(0).ToString()!,
                            reader.IsDBNull(1) ? 0 : Convert.ToDouble(reader.GetValue(1))
                        )
                    );
                }
                return (IReadOnlyList<ChartPoint>)points;
            },
            cancellationToken
        );
    }
}
