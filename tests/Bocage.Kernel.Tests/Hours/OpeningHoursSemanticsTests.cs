namespace Bocage.Kernel.Tests.Hours;

public sealed class OpeningHoursSemanticsTests
{
    private static string Intervals(string hours, string day) =>
        string.Join(
            ",",
            Parsed.Hours(hours).IntervalsOn(Parsed.Day(day)).Select(i => $"{i.From:HH\\:mm}-{Clock(i.To)}")
        );

    // The tests read 24:00 where the API gives TimeOnly.MaxValue.
    private static string Clock(TimeOnly time) => time == TimeOnly.MaxValue ? "24:00" : time.ToString("HH:mm");

    private const string Shop = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off";

    [Theory]
    [InlineData("2026-03-02", "09:00-12:00,14:00-17:30")] // Monday
    [InlineData("2026-03-07", "09:00-12:00")] // Saturday
    [InlineData("2026-03-08", "")] // Sunday: no rule speaks of it
    [InlineData("2026-07-14", "")] // Tuesday, Bastille Day
    [InlineData("2026-04-06", "")] // Easter Monday
    [InlineData("2026-05-14", "")] // Ascension Thursday
    public void Each_day_gets_the_intervals_of_its_rules(string day, string expected)
    {
        Assert.Equal(expected, Intervals(Shop, day));
    }

    [Fact]
    public void A_later_rule_replaces_an_earlier_one_for_its_days_instead_of_adding_to_it()
    {
        const string hours = "Mo-Fr 09:00-17:00; We 09:00-12:00";
        Assert.Equal("09:00-12:00", Intervals(hours, "2026-03-04")); // Wednesday: only the later rule
        Assert.Equal("09:00-17:00", Intervals(hours, "2026-03-05")); // Thursday: untouched
    }

    [Fact]
    public void A_later_rule_can_close_in_the_middle_of_a_range()
    {
        Assert.Equal("", Intervals("Mo-Fr 09:00-17:00; We off", "2026-03-04"));
        Assert.Equal("09:00-17:00", Intervals("Mo-Fr 09:00-17:00; We off", "2026-03-05"));
    }

    [Fact]
    public void The_order_of_rules_decides_between_weekdays_and_public_holidays()
    {
        Assert.Equal("", Intervals("Mo-Fr 09:00-12:00; PH off", "2026-07-14"));
        Assert.Equal("09:00-12:00", Intervals("PH off; Mo-Fr 09:00-12:00", "2026-07-14"));
    }

    [Fact]
    public void Sunday_and_holiday_hours_apply_on_either()
    {
        const string hours = "Mo-Sa 09:00-19:00; Su,PH 10:00-12:00";
        Assert.Equal("10:00-12:00", Intervals(hours, "2026-07-14")); // Tuesday, holiday
        Assert.Equal("10:00-12:00", Intervals(hours, "2026-03-08")); // Sunday
        Assert.Equal("09:00-19:00", Intervals(hours, "2026-03-09")); // Monday
    }

    [Fact]
    public void A_rule_with_only_times_applies_every_day()
    {
        Assert.Equal("10:00-18:00", Intervals("10:00-18:00", "2026-03-08"));
        Assert.Equal("10:00-18:00", Intervals("10:00-18:00", "2026-07-14"));
        Assert.Equal("", Intervals("10:00-18:00; Su off", "2026-03-08"));
    }

    [Fact]
    public void A_selector_without_times_is_open_all_day()
    {
        Assert.Equal("00:00-24:00", Intervals("Sa", "2026-03-07"));
        Assert.Equal("", Intervals("Sa", "2026-03-06"));
    }

    [Fact]
    public void Always_open_is_open_all_day_every_day_until_a_later_rule_says_otherwise()
    {
        const string hours = "24/7; Dec 25 off";
        Assert.Equal("00:00-24:00", Intervals(hours, "2026-12-24"));
        Assert.Equal("", Intervals(hours, "2026-12-25"));
        Assert.Equal("00:00-24:00", Intervals(hours, "2026-12-26"));
    }

    [Fact]
    public void A_month_closes_only_its_own_days()
    {
        const string hours = "Mo-Fr 09:00-17:00; Aug off";
        Assert.Equal("09:00-17:00", Intervals(hours, "2026-07-31"));
        Assert.Equal("", Intervals(hours, "2026-08-03"));
        Assert.Equal("", Intervals(hours, "2026-08-31"));
        Assert.Equal("09:00-17:00", Intervals(hours, "2026-09-01"));
    }

    [Fact]
    public void Months_and_weekdays_together_must_both_match()
    {
        const string hours = "Mo-Fr 09:00-17:00; Jul-Aug Mo-Fr 10:00-12:00";
        Assert.Equal("10:00-12:00", Intervals(hours, "2026-07-06")); // Monday in July
        Assert.Equal("10:00-12:00", Intervals(hours, "2026-08-31")); // Monday, last day of August
        Assert.Equal("", Intervals(hours, "2026-07-11")); // Saturday in July: neither rule
        Assert.Equal("09:00-17:00", Intervals(hours, "2026-09-07")); // Monday in September
        Assert.Equal("09:00-17:00", Intervals(hours, "2026-06-29")); // Monday in June
    }

    [Theory]
    [InlineData("2026-12-23", "00:00-24:00")]
    [InlineData("2026-12-24", "")]
    [InlineData("2026-12-26", "")]
    [InlineData("2026-12-27", "00:00-24:00")]
    public void A_range_of_dates_covers_both_ends(string day, string expected)
    {
        Assert.Equal(expected, Intervals("24/7; Dec 24-Dec 26 off", day));
    }

    [Theory]
    [InlineData("2026-12-23", "00:00-24:00")]
    [InlineData("2026-12-24", "")]
    [InlineData("2026-12-31", "")]
    [InlineData("2027-01-02", "")]
    [InlineData("2027-01-03", "00:00-24:00")]
    public void A_range_of_dates_may_cross_the_new_year(string day, string expected)
    {
        Assert.Equal(expected, Intervals("24/7; Dec 24-Jan 02 off", day));
    }

    [Theory]
    [InlineData("2026-11-07", "10:00-12:00")]
    [InlineData("2027-02-27", "10:00-12:00")]
    [InlineData("2027-03-06", "")]
    [InlineData("2026-10-31", "")]
    public void A_range_of_months_may_cross_the_new_year(string day, string expected)
    {
        Assert.Equal(expected, Intervals("Nov-Feb Sa 10:00-12:00", day));
    }

    [Fact]
    public void A_list_of_dates_matches_each_of_them()
    {
        const string hours = "24/7; Jan 01,Jul 14,Dec 25 off";
        Assert.Equal("", Intervals(hours, "2026-07-14"));
        Assert.Equal("", Intervals(hours, "2027-01-01"));
        Assert.Equal("00:00-24:00", Intervals(hours, "2026-07-15"));
    }

    [Fact]
    public void The_29th_of_february_only_exists_in_leap_years()
    {
        Assert.Equal("", Intervals("24/7; Feb 29 off", "2028-02-29"));
        Assert.Equal("00:00-24:00", Intervals("24/7; Feb 29 off", "2027-02-28"));
        Assert.Equal("00:00-24:00", Intervals("24/7; Feb 29 off", "2027-03-01"));
    }

    [Theory]
    [InlineData("2026-03-06", true)] // Friday
    [InlineData("2026-03-07", true)] // Saturday
    [InlineData("2026-03-08", true)] // Sunday
    [InlineData("2026-03-09", true)] // Monday
    [InlineData("2026-03-10", false)] // Tuesday
    [InlineData("2026-03-12", false)] // Thursday
    public void A_range_of_weekdays_may_wrap_over_the_weekend(string day, bool open)
    {
        Assert.Equal(open, Intervals("Fr-Mo 10:00-12:00", day).Length > 0);
    }

    [Theory]
    [InlineData("Mo,We,Fr 10:00-12:00", "2026-03-04", true)]
    [InlineData("Mo,We,Fr 10:00-12:00", "2026-03-03", false)]
    [InlineData("Mo-We,Fr 10:00-12:00", "2026-03-03", true)]
    [InlineData("Mo-We,Fr 10:00-12:00", "2026-03-05", false)]
    [InlineData("Mo-We,Fr 10:00-12:00", "2026-03-06", true)]
    public void A_list_of_weekdays_matches_each_item(string hours, string day, bool open)
    {
        Assert.Equal(open, Intervals(hours, day).Length > 0);
    }

    [Fact]
    public void Intervals_come_in_order_whatever_the_order_written()
    {
        Assert.Equal("09:00-12:00,14:00-17:00", Intervals("14:00-17:00,09:00-12:00", "2026-03-02"));
    }

    [Fact]
    public void Midnight_as_an_end_is_the_last_instant_of_the_day()
    {
        var hours = Parsed.Hours("Fr 18:00-24:00");
        var friday = Parsed.Day("2026-03-06");
        Assert.Equal((Parsed.Time("18:00"), TimeOnly.MaxValue), Assert.Single(hours.IntervalsOn(friday)));
        Assert.True(hours.IsOpenAt(friday, new TimeOnly(23, 59, 59, 999)));
        Assert.True(hours.IsOpenAt(friday, TimeOnly.MaxValue));
        Assert.False(hours.IsOpenAt(friday.AddDays(1), TimeOnly.MinValue));
    }

    [Theory]
    [InlineData("08:59", false)]
    [InlineData("09:00", true)]
    [InlineData("11:59", true)]
    [InlineData("12:00", false)] // the end is exclusive
    [InlineData("13:59", false)]
    [InlineData("14:00", true)]
    [InlineData("17:29", true)]
    [InlineData("17:30", false)]
    public void Open_means_inside_an_interval_with_its_end_excluded(string time, bool open)
    {
        Assert.Equal(open, Parsed.Hours(Shop).IsOpenAt(Parsed.Day("2026-03-02"), Parsed.Time(time)));
    }

    [Fact]
    public void A_closed_day_is_never_open()
    {
        Assert.False(Parsed.Hours(Shop).IsOpenAt(Parsed.Day("2026-07-14"), Parsed.Time("10:00")));
    }
}
