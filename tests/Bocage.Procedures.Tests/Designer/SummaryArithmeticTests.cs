using Bocage.Procedures.Domain.Designer.Statistics;

namespace Bocage.Procedures.Tests.Designer;

public sealed class SummaryArithmeticTests
{
    private static readonly DateTime Submitted = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(3, 1)]
    [InlineData(36, 15)]
    [InlineData(24 * 9 + 22, 99)]
    [InlineData(24 * 9 + 23, 100)]
    [InlineData(24 * 12 + 11, 120)]
    [InlineData(24 * 12 + 13, 130)]
    [InlineData(24 * 400, 4000)]
    [InlineData(-48, 0)]
    public void A_duration_is_kept_to_the_tenth_of_a_day_under_ten_days_and_to_the_day_beyond(int hours, int tenths) =>
        Assert.Equal(tenths, DurationBuckets.TenthsOf(Submitted, Submitted.AddHours(hours)));

    [Fact]
    public void The_month_is_the_one_of_Paris()
    {
        Assert.Equal("2026-02", DurationBuckets.MonthOf(new DateTime(2026, 1, 31, 23, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-07", DurationBuckets.MonthOf(new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-06", DurationBuckets.MonthOf(new DateTime(2026, 6, 30, 21, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_median_of_the_buckets_is_the_median_of_the_durations_they_hold()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var tenths = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next(0, 400)).ToList();
            var histogram = tenths.GroupBy(t => t).Select(g => (g.Key, g.Count()));
            var sorted = tenths.Order().ToList();
            var middle = (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 20.0;

            Assert.Equal(Math.Round(middle, 1), DurationBuckets.Median(histogram));
        }
        Assert.Null(DurationBuckets.Median([]));
        Assert.Null(DurationBuckets.Median([(5, 0)]));
        Assert.Equal(2.5, DurationBuckets.Median([(10, 1), (20, 1), (30, 1), (40, 1)]));
    }

    [Fact]
    public void A_submission_adds_a_file_a_decision_adds_its_duration_and_a_new_decision_moves_it()
    {
        var procedure = Guid.NewGuid();
        var deltas = new SummaryDeltas();
        deltas.Count(procedure, null, null, 1);
        Assert.True(deltas.IsEmpty);

        deltas.Count(procedure, Submitted, null, 1);
        Assert.Equal(1, deltas.Months[(procedure, "2026-03")]);

        // Decided two days later: counted out as read (no decision), in as saved.
        deltas.Count(procedure, Submitted, null, -1);
        deltas.Count(procedure, Submitted, Submitted.AddDays(2), 1);
        Assert.Equal(1, deltas.Months[(procedure, "2026-03")]);
        Assert.Equal(1, deltas.Durations[(procedure, "2026-03", 20)]);

        // Decided again later: the file leaves its bucket for the new one.
        deltas.Count(procedure, Submitted, Submitted.AddDays(2), -1);
        deltas.Count(procedure, Submitted, Submitted.AddDays(15), 1);
        Assert.Equal(0, deltas.Durations[(procedure, "2026-03", 20)]);
        Assert.Equal(1, deltas.Durations[(procedure, "2026-03", 150)]);
        Assert.Equal(1, deltas.Months[(procedure, "2026-03")]);
    }
}
