using System.Text;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Designer.Statistics;

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
        var changed = deltas.Durations.Where(d => d.Value != 0).ToList();
        var medians = changed.Select(d => (d.Key.Procedure, d.Key.Month)).Distinct().Order().ToList();
        // Every month row whose median moves is written first (a zero delta at worst): it locks the row, so
        // two decisions in the same month take turns and the second reads the first one's buckets.
        var months = deltas
            .Months.Where(d => d.Value != 0)
            .Select(d => d.Key)
            .Union(medians)
            .Order()
            .Select(k => new object[] { Key(db, k.Item1), k.Item2, deltas.Months.GetValueOrDefault(k) })
            .ToList();
        await UpsertAsync(
            db,
            typeof(MonthlyFiles),
            "procedure_id, month, submitted",
            "procedure_id, month",
            "submitted",
            months,
            cancellationToken
        );
        var durations = changed
            .Select(d => new object[] { Key(db, d.Key.Procedure), d.Key.Month, d.Key.Tenths, d.Value })
            .ToList();
        await UpsertAsync(
            db,
            typeof(MonthlyDurations),
            "procedure_id, month, tenths, files",
            "procedure_id, month, tenths",
            "files",
            durations,
            cancellationToken
        );
        foreach (var (procedure, month) in medians)
        {
            await RefreshMedianAsync(db, procedure, month, cancellationToken);
        }
    }

    /// <summary>
    /// The median of one month of one procedure, from its buckets: a few hundred rows at most, read by primary key.
    /// </summary>
    private static async Task RefreshMedianAsync(
        ProceduresDb db,
        Guid procedure,
        string month,
        CancellationToken cancellationToken
    )
    {
        var buckets = await db
            .MonthlyDurations.AsNoTracking()
            .Where(d => d.ProcedureId == procedure && d.Month == month)
            .Select(d => new { d.Tenths, d.Files })
            .ToListAsync(cancellationToken);
        var median = DurationBuckets.Median(buckets.Select(b => (b.Tenths, b.Files)));
        await db
            .MonthlyFiles.Where(m => m.ProcedureId == procedure && m.Month == month)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.MedianDays, median), cancellationToken);
    }

    /// <summary>
    /// Fills an empty summary from the files (a database that had files before the summary existed, or
    /// files inserted by SQL). Counts are additive, so a submission saved meanwhile is not lost; one saved
    /// between the emptiness check and the read would count twice, a window of milliseconds, once.
    /// </summary>
    public static async Task RebuildIfEmptyAsync(ProceduresDb db, CancellationToken cancellationToken)
    {
        if (
            await db.MonthlyFiles.AnyAsync(cancellationToken)
            || !await db.Files.AnyAsync(f => f.SubmittedAt != null, cancellationToken)
        )
        {
            return;
        }
        var deltas = new SummaryDeltas();
        var files = db
            .Files.AsNoTracking()
            .Where(f => f.SubmittedAt != null)
            .Select(f => new
            {
                f.ProcedureId,
                f.SubmittedAt,
                f.DecidedAt,
            })
            .AsAsyncEnumerable();
        await foreach (var file in files.WithCancellation(cancellationToken))
        {
            deltas.Count(file.ProcedureId, file.SubmittedAt, file.DecidedAt, 1);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ApplyAsync(db, deltas, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // SQLite stores the context's GUIDs as upper-case text; every write to these tables goes through here.
    private static object Key(ProceduresDb db, Guid id) =>
        db.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();

    private static async Task UpsertAsync(
        ProceduresDb db,
        Type entity,
        string columns,
        string key,
        string counter,
        List<object[]> rows,
        CancellationToken cancellationToken
    )
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = type.GetSchema() is { } schema
            ? $"\"{schema}\".\"{type.GetTableName()}\""
            : $"\"{type.GetTableName()}\"";
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
