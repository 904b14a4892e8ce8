using System.Text;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Designer.Statistics;

/// <summary>
/// Writes deltas into the summary tables with <c>INSERT … ON CONFLICT DO UPDATE</c> (same SQL on
/// PostgreSQL and SQLite): the increment is done by the database, so two submissions at once never
/// lose one another's count.
/// </summary>
internal static class SummaryStore
{
    private const int RowsPerStatement = 400;

    public static async Task ApplyAsync(ProceduresDb db, SummaryDeltas deltas, CancellationToken cancellationToken)
    {
        var months = deltas.Months.Where(d => d.Value != 0).Select(d => new object[] { Key(db, d.Key.Procedure), d.Key.Month, d.Value }).ToList();
        await UpsertAsync(db, typeof(MonthlyFiles), "procedure_id, month, submitted", "procedure_id, month", "submitted", months, cancellationToken);
        var durations = deltas.Durations.Where(d => d.Value != 0).Select(d => new object[] { Key(db, d.Key.Procedure), d.Key.Month, d.Key.Tenths, d.Value }).ToList();
        await UpsertAsync(db, typeof(MonthlyDurations), "procedure_id, month, tenths, files", "procedure_id, month, tenths", "files", durations, cancellationToken);
    }

    /// <summary>
    /// Fills an empty summary from the files (a database that had files before the summary existed, or
    /// files inserted by SQL). Counts are additive, so a submission saved meanwhile is not lost; one saved
    /// between the emptiness check and the read would count twice, a window of milliseconds, once.
    /// </summary>
    public static async Task RebuildIfEmptyAsync(ProceduresDb db, CancellationToken cancellationToken)
    {
        if (await db.MonthlyFiles.AnyAsync(cancellationToken) || !await db.Files.AnyAsync(f => f.SubmittedAt != null, cancellationToken))
        {
            return;
        }
        var deltas = new SummaryDeltas();
        var files = db.Files.AsNoTracking().Where(f => f.SubmittedAt != null).Select(f => new { f.ProcedureId, f.SubmittedAt, f.DecidedAt }).AsAsyncEnumerable();
        await foreach (var file in files.WithCancellation(cancellationToken))
        {
            deltas.Count(file.ProcedureId, file.SubmittedAt, file.DecidedAt, 1);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ApplyAsync(db, deltas, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // SQLite stores the context's GUIDs as upper-case text; every write to these tables goes through here.
    private static object Key(ProceduresDb db, Guid id) => db.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();

    private static async Task UpsertAsync(ProceduresDb db, Type entity, string columns, string key, string counter, List<object[]> rows, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} AS s ({columns}) VALUES ");
            var parameters = new List<object>();
            foreach (var row in chunk)
            {
                sql.Append(parameters.Count == 0 ? "(" : ", (");
                sql.AppendJoin(", ", row.Select((_, i) => $"{{{parameters.Count + i}}}"));
                sql.Append(')');
                parameters.AddRange(row);
            }
            sql.Append($" ON CONFLICT ({key}) DO UPDATE SET {counter} = s.{counter} + excluded.{counter}");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }
}
