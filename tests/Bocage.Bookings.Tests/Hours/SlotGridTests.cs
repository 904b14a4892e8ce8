using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Tests.Hours;

public sealed class SlotGridTests
{
    private static IReadOnlyList<Slot> Slots(string hours, string first, string last, int duration, int buffer) =>
        SlotGrid.Between(Parsed.Hours(hours), Parsed.Day(first), Parsed.Day(last), duration, buffer, TimeZoneInfo.Utc);

    private static string Starts(IEnumerable<Slot> slots) =>
        string.Join(",", slots.Select(s => $"{s.StartUtc:HH\\:mm}-{s.EndUtc:HH\\:mm}"));

    [Fact]
    public void An_interval_is_cut_into_consecutive_slots()
    {
        var slots = Slots("Mo-Fr 09:00-12:00", "2027-03-01", "2027-03-01", 60, 0);
        Assert.Equal("09:00-10:00,10:00-11:00,11:00-12:00", Starts(slots));
        Assert.All(slots, s => Assert.Equal(DateTimeKind.Utc, s.StartUtc.Kind));
        Assert.All(slots, s => Assert.Equal(DateTimeKind.Utc, s.EndUtc.Kind));
        Assert.Equal(new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc), slots[0].StartUtc);
    }

    [Fact]
    public void The_buffer_separates_slots_and_a_slot_that_does_not_fit_is_dropped()
    {
        // 09:00-10:00, buffer, 10:15-11:15, buffer, 11:30-12:30 would pass the 12:00 closing: dropped.
        Assert.Equal("09:00-10:00,10:15-11:15", Starts(Slots("Mo 09:00-12:00", "2027-03-01", "2027-03-01", 60, 15)));
    }

    [Fact]
    public void A_slot_may_end_exactly_at_closing_time()
    {
        Assert.Equal(
            "09:00-09:45,10:00-10:45,11:00-11:45",
            Starts(Slots("Mo 09:00-12:00", "2027-03-01", "2027-03-01", 45, 15))
        );
        Assert.Equal("09:00-10:30,10:30-12:00", Starts(Slots("Mo 09:00-12:00", "2027-03-01", "2027-03-01", 90, 0)));
    }

    [Fact]
    public void Each_interval_starts_its_own_grid()
    {
        var slots = Slots("Mo 09:00-12:00,14:00-17:30", "2027-03-01", "2027-03-01", 60, 0);
        Assert.Equal("09:00-10:00,10:00-11:00,11:00-12:00,14:00-15:00,15:00-16:00,16:00-17:00", Starts(slots));
    }

    [Fact]
    public void A_slot_longer_than_the_interval_gives_nothing()
    {
        Assert.Empty(Slots("Mo 09:00-10:00", "2027-03-01", "2027-03-01", 90, 0));
    }

    [Fact]
    public void Closed_days_give_no_slots()
    {
        // Saturday 6 and Sunday 7 March 2027.
        Assert.Empty(Slots("Mo-Fr 09:00-12:00", "2027-03-06", "2027-03-07", 30, 0));
    }

    [Fact]
    public void Public_holidays_close_14_july()
    {
        var slots = Slots("Mo-Su 09:00-10:00; PH off", "2026-07-13", "2026-07-15", 60, 0);
        Assert.Equal([13, 15], slots.Select(s => s.StartUtc.Day));
    }

    [Fact]
    public void Every_day_of_the_range_is_included_both_ends_too()
    {
        var slots = Slots("10:00-11:00", "2027-03-01", "2027-03-07", 60, 0);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], slots.Select(s => s.StartUtc.Day));
    }

    [Fact]
    public void A_last_day_before_the_first_gives_nothing()
    {
        Assert.Empty(Slots("24/7", "2027-03-02", "2027-03-01", 60, 0));
    }

    [Fact]
    public void A_slot_may_end_at_midnight_of_the_next_day()
    {
        var slots = Slots("Fr 22:00-24:00", "2027-03-05", "2027-03-05", 60, 0);
        Assert.Equal(2, slots.Count);
        Assert.Equal(new DateTime(2027, 3, 6, 0, 0, 0, DateTimeKind.Utc), slots[1].EndUtc);
    }

    [Fact]
    public void Local_wall_clock_hours_are_turned_into_utc()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var hours = Parsed.Hours("Mo 09:00-10:00");
        var monday = Parsed.Day("2027-03-01");
        var slot = Assert.Single(SlotGrid.Between(hours, monday, monday, 60, 0, tokyo));
        Assert.Equal(new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc), slot.StartUtc);
    }

    [Fact]
    public void A_huge_buffer_leaves_one_slot_per_interval()
    {
        Assert.Equal("09:00-10:00", Starts(Slots("Mo 09:00-12:00", "2027-03-01", "2027-03-01", 60, int.MaxValue)));
    }

    [Fact]
    public void A_duration_that_is_not_positive_or_a_negative_buffer_is_a_programming_error()
    {
        var hours = Parsed.Hours("24/7");
        var day = Parsed.Day("2027-03-01");
        Assert.Throws<ArgumentOutOfRangeException>(() => SlotGrid.Between(hours, day, day, 0, 0, TimeZoneInfo.Utc));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlotGrid.Between(hours, day, day, 30, -1, TimeZoneInfo.Utc));
    }
}
