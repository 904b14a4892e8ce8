using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Bocage.Procedures.Domain.Designer.Statistics;

/// <summary>
/// What a save changes in the statistics summary: files submitted per (procedure, month), decided files per duration
/// bucket.
/// </summary>
internal sealed class SummaryDeltas
{
    public Dictionary<(Guid Procedure, string Month), int> Months { get; } = [];

    public Dictionary<(Guid Procedure, string Month, int Tenths), int> Durations { get; } = [];

    public bool IsEmpty => Months.Values.All(v => v == 0) && Durations.Values.All(v => v == 0);

    /// <summary>
    /// Counts a file in (<paramref name="sign"/> = 1) or out (-1) of the summary; a draft counts for nothing.
    /// </summary>
    public void Count(Guid procedure, DateTime? submitted, DateTime? decided, int sign)
    {
        if (submitted is not { } at)
        {
            return;
        }
        var month = DurationBuckets.MonthOf(at);
        Months[(procedure, month)] = Months.GetValueOrDefault((procedure, month)) + sign;
        if (decided is { } end)
        {
            var key = (procedure, month, DurationBuckets.TenthsOf(at, end));
            Durations[key] = Durations.GetValueOrDefault(key) + sign;
        }
    }

    /// <summary>
    /// The deltas of the files about to be saved: a changed file is counted out as it was read and in as
    /// it is now, so a submission adds one, a decision moves nothing but its duration, a new decision date
    /// moves the file from one bucket to another.
    /// </summary>
    public static SummaryDeltas Of(ChangeTracker tracker)
    {
        var deltas = new SummaryDeltas();
        tracker.DetectChanges();
        foreach (var entry in tracker.Entries<ProcedureFile>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                deltas.Count(
                    entry.Entity.ProcedureId,
                    Original(entry, nameof(ProcedureFile.SubmittedAt)),
                    Original(entry, nameof(ProcedureFile.DecidedAt)),
                    -1
                );
            }
            if (entry.State is EntityState.Modified or EntityState.Added)
            {
                deltas.Count(entry.Entity.ProcedureId, entry.Entity.SubmittedAt, entry.Entity.DecidedAt, 1);
            }
        }
        return deltas;
    }

    private static DateTime? Original(EntityEntry<ProcedureFile> entry, string property) =>
        entry.OriginalValues.GetValue<DateTime?>(property);
}
