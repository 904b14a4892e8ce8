using System.Text.Json;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Calendar;
using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Tests.Ics;

/// <summary>
/// The .ics of a booking read back by Ical.Net and by an independent parser, Mozilla's ical.js (the one of
/// Thunderbird's calendar), installed by test.sh: same times, same UID, and a cancellation a calendar obeys.
/// </summary>
public sealed class BookingCalendarTests
{
    private static readonly Slot WinterSlot = new(
        new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2027, 1, 12, 11, 0, 0, DateTimeKind.Utc)
    );

    private static readonly BookingEventText Text = new(
        "Studio son et image",
        "Réservation R-TEST. Voir ou annuler : https://services.example.org/reserver/reservation/R-TEST",
        "Médiathèque, place Verte, Fourmies",
        new Uri("https://services.example.org/reserver/reservation/R-TEST")
    );

    [Fact]
    public async Task An_independent_parser_reads_the_booking_as_booked()
    {
        var booking = Booking.Create(
            Guid.NewGuid(),
            WinterSlot,
            1,
            new("a", "Camille", "c@example.fr", "fr"),
            WinterSlot.StartUtc.AddDays(-3)
        );

        var events = await ParseAsync(BookingCalendar.One(booking, Text, "services.example.org"));

        var e = Assert.Single(events.EnumerateArray());
        Assert.Equal("PUBLISH", e.GetProperty("method").GetString());
        Assert.Equal($"{booking.Id:N}@services.example.org", e.GetProperty("uid").GetString());
        Assert.Equal("2027-01-12T09:00:00.000Z", e.GetProperty("start").GetString());
        Assert.Equal("2027-01-12T11:00:00.000Z", e.GetProperty("end").GetString());
        Assert.Equal("Médiathèque, place Verte, Fourmies", e.GetProperty("location").GetString());
        Assert.Equal("CONFIRMED", e.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cancelled_booking_is_a_cancellation_of_the_same_event_with_a_higher_sequence()
    {
        var booking = Booking.Create(
            Guid.NewGuid(),
            WinterSlot,
            1,
            new("a", "Camille", "c@example.fr", "fr"),
            WinterSlot.StartUtc.AddDays(-3)
        );
        booking.Cancel(WinterSlot.StartUtc.AddDays(-2));

        var e = Assert.Single(
            (await ParseAsync(BookingCalendar.One(booking, Text, "services.example.org"))).EnumerateArray()
        );

        Assert.Equal("CANCEL", e.GetProperty("method").GetString());
        Assert.Equal("CANCELLED", e.GetProperty("status").GetString());
        Assert.Equal(1, e.GetProperty("sequence").GetInt32());
        Assert.Equal($"{booking.Id:N}@services.example.org", e.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task A_garbled_file_is_refused_by_the_same_parser()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(path, "ceci n est pas un agenda\r\n");
        try
        {
            var (exit, output) = await ExternalValidator.RunAsync("node", "ical.mjs", path);
            Assert.True(exit != 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<JsonElement> ParseAsync(string ics)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(path, ics);
        try
        {
            var (exit, output) = await ExternalValidator.RunAsync("node", "ical.mjs", path);
            Assert.True(exit == 0, output);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
