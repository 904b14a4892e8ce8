using System.Data.Common;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// Writes and reads the rows of resources. Writing is staged: rows go under a fresh batch the public
/// never sees, then <see cref="SwapAsync"/> points the resource to it and drops the old batch in one
/// transaction, so a failed or invalid import never leaves half a table published. A large batch gets
/// its per-column indexes (<see cref="RowIndexes"/>) before the swap, and its export files
/// (<see cref="ExportFiles"/>) are the only ones kept after it.
/// </summary>
internal sealed partial class RowStore(
    OpenDataDb db,
    ExportFiles exports,
    IOptions<RowStorageOptions> options,
    IServiceScopeFactory scopes,
    PeriodCache periods
)
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
    public async Task SwapAsync(
        Guid resourceId,
        Guid batch,
        long rowCount,
        Action<Resource> update,
        CancellationToken cancellationToken
    )
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
        var names = await WithCommandAsync(
            Sql(),
            indexes.ListStatement(batch),
            async c =>
            {
                var found = new List<string>();
                await using var reader = await c.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    found.Add(reader.GetString(0));
                }
                return found;
            },
            cancellationToken
        );
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
                    scope
                        .ServiceProvider.GetRequiredService<ILogger<RowStore>>()
                        .LogError(e, "Indexes of batch {Batch} not built", batch);
                    throw;
                }
            }));
    }

    /// <summary>
    /// Statements without parameters or results (indexes), one after the other on the context's connection.
    /// </summary>
    private Task RunAsync(IEnumerable<string> statements, CancellationToken cancellationToken) =>
        WithCommandAsync(
            Sql(),
            "",
            async c =>
            {
                foreach (var statement in statements)
                {
                    c.CommandText = statement;
                    await c.ExecuteNonQueryAsync(cancellationToken);
                }
                return true;
            },
            cancellationToken
        );

    private async Task<T> WithCommandAsync<T>(
        RowSql sql,
        string text,
        Func<DbCommand, Task<T>> run,
        CancellationToken cancellationToken
    )
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
