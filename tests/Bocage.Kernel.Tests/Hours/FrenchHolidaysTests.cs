using Bocage.Kernel.Hours;

namespace Bocage.Kernel.Tests.Hours;

public sealed class FrenchHolidaysTests
{
    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(2285, "2285-03-22")] // the earliest possible date
    public void Easter_falls_on_the_known_sunday(int year, string expected)
    {
        Assert.Equal(Parsed.Day(expected), FrenchHolidays.Easter(year));
    }

    [Fact]
    public void The_eleven_holidays_of_2026_are_listed_in_calendar_order()
    {
        string[] expected =
        [
            "2026-01-01",
            "2026-04-06",
            "2026-05-01",
            "2026-05-08",
            "2026-05-14",
            "2026-05-25",
            "2026-07-14",
            "2026-08-15",
            "2026-11-01",
            "2026-11-11",
            "2026-12-25",
        ];
        Assert.Equal(expected.Select(Parsed.Day), FrenchHolidays.Of(2026));
    }

    [Fact]
    public void The_movable_holidays_of_2027_follow_easter_on_28_march()
    {
        var holidays = FrenchHolidays.Of(2027);
        Assert.Contains(Parsed.Day("2027-03-29"), holidays); // Easter Monday
        Assert.Contains(Parsed.Day("2027-05-06"), holidays); // Ascension
        Assert.Contains(Parsed.Day("2027-05-17"), holidays); // Whit Monday
        Assert.DoesNotContain(Parsed.Day("2027-03-28"), holidays); // Easter Sunday itself is a Sunday, not listed
        Assert.Equal(11, holidays.Distinct().Count());
    }

    [Theory]
    [InlineData("2026-05-14", true)] // Ascension 2026
    [InlineData("2027-05-17", true)] // Whit Monday 2027
    [InlineData("2026-07-14", true)]
    [InlineData("2026-11-11", true)]
    [InlineData("2026-04-05", false)] // Easter Sunday
    [InlineData("2026-05-15", false)]
    [InlineData("2026-12-26", false)] // Boxing day is only a holiday in Alsace-Moselle
    [InlineData("2026-07-13", false)]
    public void A_date_is_a_holiday_only_if_it_is_one_of_the_eleven(string date, bool expected)
    {
        Assert.Equal(expected, FrenchHolidays.IsHoliday(Parsed.Day(date)));
    }

    [Fact]
    public void Every_year_lists_its_holidays_sorted_and_in_its_own_year()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = FrenchHolidays.Of(year);
            var easter = FrenchHolidays.Easter(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.Equal(holidays.Order(), holidays);
            Assert.Equal(holidays.Count, holidays.Distinct().Count());
            Assert.All(holidays, day => Assert.Equal(year, day.Year));
            Assert.Contains(easter.AddDays(39), holidays);
            Assert.Contains(easter.AddDays(50), holidays);
            Assert.InRange(holidays.Count, 10, 11);
        }
    }

    [Fact]
    public void Ascension_on_1_may_2008_is_listed_once()
    {
        var holidays = FrenchHolidays.Of(2008);
        Assert.Equal(10, holidays.Count);
        Assert.Equal(Parsed.Day("2008-05-01"), FrenchHolidays.Easter(2008).AddDays(39));
        Assert.Single(holidays, day => day == Parsed.Day("2008-05-01"));
    }

    [Fact]
    public void Ascension_before_8_may_is_sorted_before_it()
    {
        // 2027: Ascension on 6 May comes between 1 May and 8 May.
        var may = FrenchHolidays.Of(2027).Where(day => day.Month == 5).ToList();
        Assert.Equal(
            ["2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17"],
            may.Select(d => d.ToString("yyyy-MM-dd"))
        );
    }

    [Fact]
    public void A_year_outside_the_calendar_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchHolidays.Of(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchHolidays.Of(10000));
    }
}
