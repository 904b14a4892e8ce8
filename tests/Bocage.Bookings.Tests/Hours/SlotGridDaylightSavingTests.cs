using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Tests.Hours;

/// <summary>
/// Paris changes its clocks on 28 March 2027 (02:00 CET → 03:00 CEST) and 31 October 2027 (03:00 CEST → 02:00 CET).
/// </summary>
public sealed class SlotGridDaylightSavingTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static IReadOnlyList<Slot> Slots(string hours, string first, string last, int duration, int buffer = 0) =>
        SlotGrid.Between(Parsed.Hours(hours), Parsed.Day(first), Parsed.Day(last), duration, buffer, Paris);

    private static DateTime Utc(string iso) =>
        DateTime.SpecifyKind(DateTime.ParseExact(iso, "yyyy-MM-dd HH:mm", null), DateTimeKind.Utc);

    [Theory]
    [InlineData("2027-03-27", "2027-03-27 08:00")] // Saturday, winter time (UTC+1)
    [InlineData("2027-03-28", "2027-03-28 07:00")] // Sunday, first day of summer time (UTC+2)
    [InlineData("2027-10-30", "2027-10-30 07:00")] // Saturday, last day of summer time
    [InlineData("2027-10-31", "2027-10-31 08:00")] // Sunday, back to winter time
    public void A_nine_o_clock_slot_follows_the_wall_clock(string day, string expectedUtc)
    {
        var slot = Assert.Single(Slots("09:00-10:00", day, day, 60));
        Assert.Equal(Utc(expectedUtc), slot.StartUtc);
        Assert.Equal(Utc(expectedUtc).AddHours(1), slot.EndUtc);
    }

    [Fact]
    public void The_spring_forward_day_has_23_hourly_slots_without_a_hole()
    {
        var slots = Slots("24/7", "2027-03-28", "2027-03-28", 60);
        Assert.Equal(23, slots.Count);
        // 01:00-02:00 CET ends at the jump and is kept; 02:00 local does not exist and carries no slot.
        Assert.Equal(Utc("2027-03-28 00:00"), slots[1].StartUtc);
        Assert.Equal(Utc("2027-03-28 01:00"), slots[1].EndUtc);
        Assert.Equal(Utc("2027-03-28 01:00"), slots[2].StartUtc); // 03:00 CEST
        for (var i = 1; i < slots.Count; i++)
        {
            Assert.Equal(slots[i - 1].EndUtc, slots[i].StartUtc);
        }
    }

    [Fact]
    public void The_fall_back_day_has_24_hourly_slots_and_the_repeated_hour_is_offered_once()
    {
        var slots = Slots("24/7", "2027-10-31", "2027-10-31", 60);
        Assert.Equal(24, slots.Count);
        // 02:00 local is taken at its first occurrence (02:00 CEST = 00:00Z). Its second pass (02:00 CET = 01:00Z)
        // carries no slot, so the hour is never booked twice; the next slot, 03:00 CET, starts at 02:00Z.
        Assert.Equal(Utc("2027-10-31 00:00"), slots[2].StartUtc);
        Assert.Equal(Utc("2027-10-31 01:00"), slots[2].EndUtc);
        Assert.Equal(Utc("2027-10-31 02:00"), slots[3].StartUtc);
        Assert.DoesNotContain(slots, s => s.StartUtc == Utc("2027-10-31 01:00"));
    }

    [Fact]
    public void Half_hour_slots_skip_the_missing_half_hours_of_the_spring_gap()
    {
        var slots = Slots("01:00-04:00", "2027-03-28", "2027-03-28", 30);
        // Local 01:00, 01:30 (ends at the jump), then 03:00 and 03:30; 02:00 and 02:30 never happen.
        Assert.Equal(
            [Utc("2027-03-28 00:00"), Utc("2027-03-28 00:30"), Utc("2027-03-28 01:00"), Utc("2027-03-28 01:30")],
            slots.Select(s => s.StartUtc)
        );
    }

    [Fact]
    public void A_slot_ending_inside_the_spring_gap_is_skipped()
    {
        // 01:00-02:30 ends at a time that does not exist; 02:30-04:00 starts at one.
        Assert.Empty(Slots("01:00-04:00", "2027-03-28", "2027-03-28", 90));
    }

    [Fact]
    public void A_slot_straddling_a_clock_change_is_skipped_rather_than_stretched()
    {
        // 01:30-03:30 on the wall clock lasts one real hour in spring; 02:30-03:30 lasts two in autumn.
        Assert.Empty(Slots("01:30-03:30", "2027-03-28", "2027-03-28", 120));
        Assert.Empty(Slots("02:30-03:30", "2027-10-31", "2027-10-31", 60));
    }

    [Fact]
    public void A_whole_year_of_hourly_slots_has_one_hour_less_than_its_hours()
    {
        // 8760 wall-clock hours; the spring gap has no slot and the autumn repeat is offered once.
        Assert.Equal((365 * 24) - 1, Slots("24/7", "2027-01-01", "2027-12-31", 60).Count);
    }

    [Theory]
    [InlineData("24/7", 60, 0)]
    [InlineData("24/7", 45, 10)]
    [InlineData("24/7", 25, 0)]
    [InlineData("Mo-Su 00:30-03:45,04:00-24:00", 50, 5)]
    [InlineData("Mo-Sa 01:15-23:00; Su 02:00-03:00", 30, 0)]
    public void Over_two_years_slots_never_overlap_nor_change_length(string hours, int duration, int buffer)
    {
        var slots = Slots(hours, "2026-01-01", "2027-12-31", duration, buffer);
        Assert.NotEmpty(slots);
        var length = TimeSpan.FromMinutes(duration);
        for (var i = 0; i < slots.Count; i++)
        {
            Assert.Equal(DateTimeKind.Utc, slots[i].StartUtc.Kind);
            Assert.Equal(length, slots[i].EndUtc - slots[i].StartUtc);
            if (i > 0)
            {
                Assert.True(slots[i].StartUtc >= slots[i - 1].EndUtc, $"{slots[i - 1]} overlaps {slots[i]}");
            }
        }
    }
}
