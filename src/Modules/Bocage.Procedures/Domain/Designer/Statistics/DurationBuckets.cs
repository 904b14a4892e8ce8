namespace Bocage.Procedures.Domain.Designer.Statistics;

/// <summary>
/// The arithmetic of the statistics summary. A processing time is kept rounded to the tenth of a day
/// under ten days and to the day beyond (the precision the page shows), so a month of a procedure holds
/// at most a few hundred buckets however many files it has, and the median of the buckets is the median
/// of the rounded durations, exactly.
/// </summary>
internal static class DurationBuckets
{
    public static string MonthOf(DateTime submittedUtc) =>
        Bocage
            .Kernel.Time.ParisTime.ToParis(submittedUtc)
            .ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The bucket of a processing time, in tenths of a day.</summary>
    public static int TenthsOf(DateTime submittedUtc, DateTime decidedUtc)
    {
        var days = Math.Max(0, (decidedUtc - submittedUtc).TotalDays);
        if (days < 9.95)
        {
            return (int)Math.Round(days * 10, MidpointRounding.AwayFromZero);
        }
        return (int)Math.Min(int.MaxValue / 10, Math.Round(days, MidpointRounding.AwayFromZero)) * 10;
    }

    /// <summary>The median, in days, of a histogram of (tenths, files); null when no file was decided.</summary>
    public static double? Median(IEnumerable<(int Tenths, int Files)> histogram)
    {
        var buckets = histogram.Where(b => b.Files > 0).OrderBy(b => b.Tenths).ToList();
        var total = buckets.Sum(b => (long)b.Files);
        if (total == 0)
        {
            return null;
        }
        // 0-based ranks of the middle value(s): equal for an odd count.
        var low = At(buckets, (total - 1) / 2);
        var high = At(buckets, total / 2);
        return Math.Round((low + high) / 20.0, 1);
    }

    private static int At(List<(int Tenths, int Files)> buckets, long rank)
    {
        long seen = 0;
        foreach (var (tenths, files) in buckets)
        {
            seen += files;
            if (seen > rank)
            {
                return tenths;
            }
        }
        return buckets[^1].Tenths;
    }
}
