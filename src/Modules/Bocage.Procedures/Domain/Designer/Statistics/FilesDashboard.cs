using System.Globalization;
using Bocage.Kernel.Dashboard;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Procedures.Domain.Designer.Statistics;

/// <summary>
/// Procedures on the officials' dashboard: files filed over the last twelve months and their median processing
/// time, per commune (and for the intercommunality's own procedures), read from the statistics summary.
/// </summary>
internal sealed class FilesDashboard(ProceduresDb db, IStringLocalizer<ProceduresResource> text, TimeProvider clock)
    : IDashboardSource
{
    public async Task<IReadOnlyList<DashboardTable>> TablesAsync(
        DashboardScope scope,
        CancellationToken cancellationToken
    )
    {
        var from = DurationBuckets.MonthOf(clock.GetUtcNow().UtcDateTime.AddMonths(-11));
        var owners = await db
            .Procedures.AsNoTracking()
            .ToDictionaryAsync(p => p.Id, p => p.CommuneInsee, cancellationToken);
        var files = (await db.MonthlyFiles.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => string.CompareOrdinal(m.Month, from) >= 0)
            .ToList();
        var durations = (await db.MonthlyDurations.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => string.CompareOrdinal(m.Month, from) >= 0)
            .ToList();
        var rows = scope
            .Places.Select(place =>
            {
                var submitted = files
                    .Where(f => owners.GetValueOrDefault(f.ProcedureId) == place.Insee)
                    .Sum(f => f.Submitted);
                var median = DurationBuckets.Median(
                    durations
                        .Where(d => owners.GetValueOrDefault(d.ProcedureId) == place.Insee)
                        .GroupBy(d => d.Tenths)
                        .Select(g => (g.Key, g.Sum(d => d.Files)))
                );
                return new DashboardRow(
                    place.Name,
                    [
                        new(submitted.ToString("N0"), submitted),
                        new(median is { } days ? text["Dashboard_Days", days].Value : "—", median ?? 0),
                    ]
                );
            })
            .ToList();
        var inScope = scope.Places.Select(p => p.Insee).ToHashSet();
        var months = Enumerable
            .Range(0, 12)
            .Select(i => DurationBuckets.MonthOf(clock.GetUtcNow().UtcDateTime.AddMonths(i - 11)))
            .Select(month =>
            {
                var submitted = files
                    .Where(f => f.Month == month && inScope.Contains(owners.GetValueOrDefault(f.ProcedureId)))
                    .Sum(f => f.Submitted);
                return new DashboardPoint(MonthName(month), submitted.ToString("N0"), submitted);
            });
        return
        [
            new DashboardTable(
                text["Dashboard_FilesTitle"],
                text["Dashboard_Place"],
                [text["Dashboard_FilesFiled"], text["Dashboard_MedianTime"]],
                rows
            )
            {
                Months = [.. months],
            },
        ];
    }

    /// <summary>« mars 2026 » for the summary's « 2026-03 », in the reader's language.</summary>
    private static string MonthName(string month) =>
        DateTime
            .ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture)
            .ToString("MMM yyyy", CultureInfo.CurrentCulture);
}
