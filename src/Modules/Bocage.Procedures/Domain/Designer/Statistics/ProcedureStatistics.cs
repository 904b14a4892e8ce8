using System.Runtime.CompilerServices;
using Bocage.OpenData.Contracts;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Domain.Designer.Statistics;

/// <summary>
/// Files submitted in a month of a procedure, and the median days from submission to decision of those decided.
/// </summary>
internal sealed record MonthStat(string Slug, string Title, string Month, int Submitted, double? MedianDays);

/// <summary>
/// Open statistics per procedure, published as the dataset <c>demarches-statistiques</c> and on
/// <c>/demarches/statistiques</c>. Only counts and durations leave the engine, never an answer.
/// </summary>
internal sealed class ProcedureStatistics(ProceduresDb db)
{
    public static readonly DatasetDefinition Dataset = new(
        "Procedures",
        "demarches-statistiques",
        "Démarches en ligne : dossiers déposés par mois et délai médian de traitement",
        Rows
    );

    /// <summary>Reads the summary (a row per procedure and month, with its median), never the files.</summary>
    public async Task<List<MonthStat>> ComputeAsync(CancellationToken ct = default)
    {
        await SummaryStore.RebuildIfEmptyAsync(db, ct);
        var procedures = await db
            .Procedures.AsNoTracking()
            .Where(p => p.PublishedVersion != null)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Title,
            })
            .ToListAsync(ct);
        var months = await db
            .MonthlyFiles.AsNoTracking()
            .Where(m => m.Submitted > 0)
            .Select(m => new
            {
                m.ProcedureId,
                m.Month,
                m.Submitted,
                m.MedianDays,
            })
            .ToListAsync(ct);
        var byProcedure = months.ToLookup(m => m.ProcedureId);
        var stats = new List<MonthStat>();
        foreach (var procedure in procedures.OrderBy(p => p.Title))
        {
            stats.AddRange(
                byProcedure[procedure.Id]
                    .OrderBy(m => m.Month, StringComparer.Ordinal)
                    .Select(m => new MonthStat(procedure.Slug, procedure.Title, m.Month, m.Submitted, m.MedianDays))
            );
        }
        return stats;
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> Rows(
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken ct
    )
    {
        var statistics = new ProcedureStatistics(services.GetRequiredService<ProceduresDb>());
        foreach (var s in await statistics.ComputeAsync(ct))
        {
            yield return new Dictionary<string, object?>
            {
                ["demarche"] = s.Slug,
                ["titre"] = s.Title,
                ["mois"] = s.Month,
                ["dossiers_deposes"] = s.Submitted,
                ["delai_median_jours"] = s.MedianDays,
            };
        }
    }
}
