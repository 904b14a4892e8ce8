namespace Bocage.Procedures.Domain.Designer.Statistics;

/// <summary>
/// Files of a procedure submitted in a month (Paris time, <c>yyyy-MM</c>); kept up to date in the transaction of each
/// submission.
/// </summary>
internal sealed class MonthlyFiles(Guid procedureId, string month, int submitted)
{
    public Guid ProcedureId { get; private set; } = procedureId;

    public string Month { get; private set; } = month;

    public int Submitted { get; private set; } = submitted;

    /// <summary>
    /// Median processing time in days of the month's decided files (<see cref="DurationBuckets.Median"/>), refreshed
    /// from <see cref="MonthlyDurations"/> with each decision.
    /// </summary>
    public double? MedianDays { get; private set; }
}

/// <summary>
/// The distribution of processing times of a procedure's files submitted in a month: how many decided
/// files took <see cref="Tenths"/> tenths of a day (see <see cref="DurationBuckets"/>). Kept in the
/// transaction of each decision, so the median needs no file.
/// </summary>
internal sealed class MonthlyDurations(Guid procedureId, string month, int tenths, int files)
{
    public Guid ProcedureId { get; private set; } = procedureId;

    public string Month { get; private set; } = month;

    public int Tenths { get; private set; } = tenths;

    public int Files { get; private set; } = files;
}
