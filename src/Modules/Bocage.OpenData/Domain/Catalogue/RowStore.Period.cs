using System.Globalization;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>The period a resource's rows cover, read from its date and year columns.</summary>
internal sealed partial class RowStore
{
    /// <summary>
    /// The first and last day the published rows speak of: the smallest and largest value of each date or year
    /// column (text compares as time for « yyyy-MM-dd » and four-digit years), a year spanning its whole 12 months.
    /// Null when the resource has no such column or no value in it.
    /// </summary>
    public async Task<(DateOnly Start, DateOnly End)?> PeriodAsync(
        Resource resource,
        CancellationToken cancellationToken
    )
    {
        (DateOnly Start, DateOnly End)? period = null;
        foreach (var field in resource.Fields.Where(f => f.Type is "date" or "year"))
        {
            var sql = Sql();
            var value = sql.Text(field);
            var text =
                $"SELECT MIN({value}), MAX({value}) FROM {sql.Table} WHERE batch_id = {sql.Batch(resource.BatchId)}";
            var (min, max) = await WithCommandAsync(
                sql,
                text,
                async c =>
                {
                    await using var reader = await c.ExecuteReaderAsync(cancellationToken);
                    await reader.ReadAsync(cancellationToken);
                    return (
                        reader.IsDBNull(0) ? null : reader.GetValue(0).ToString(),
                        reader.IsDBNull(1) ? null : reader.GetValue(1).ToString()
                    );
                },
                cancellationToken
            );
            if (Day(field, min, start: true) is { } start && Day(field, max, start: false) is { } end)
            {
                period = period is { } known
                    ? (start < known.Start ? start : known.Start, end > known.End ? end : known.End)
                    : (start, end);
            }
        }
        return period;
    }

    /// <summary>The period of each dataset: from the earliest to the latest of its published resources'.</summary>
    public async Task<Dictionary<Guid, (DateOnly Start, DateOnly End)>> PeriodsAsync(
        IEnumerable<Dataset> datasets,
        CancellationToken cancellationToken
    )
    {
        var covered = new Dictionary<Guid, (DateOnly Start, DateOnly End)>();
        foreach (var dataset in datasets)
        {
            foreach (var resource in dataset.Resources.Where(r => r.BatchId != Guid.Empty))
            {
                // A full scan of the version's date columns: once per version, not on every visit.
                var read = await periods.GetAsync(resource.BatchId, () => PeriodAsync(resource, cancellationToken));
                if (read is not { } period)
                {
                    continue;
                }
                covered[dataset.Id] = covered.TryGetValue(dataset.Id, out var known)
                    ? (
                        period.Start < known.Start ? period.Start : known.Start,
                        period.End > known.End ? period.End : known.End
                    )
                    : period;
            }
        }
        return covered;
    }

    private static DateOnly? Day(SchemaField field, string? text, bool start) =>
        field.Type == "year"
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is > 0 and < 10000
                ? new DateOnly(year, start ? 1 : 12, start ? 1 : 31)
                : null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : null;
}
