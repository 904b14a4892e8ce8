using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Bocage.Bookings.Domain.Calendar;

/// <summary>
/// Bookings as iCalendar (RFC 5545), through Ical.Net: one booking for the confirmation mail and the download
/// (METHOD:PUBLISH, or CANCEL when cancelled, so that a calendar removes it), or many for a personal feed. Times
/// are written in UTC: every calendar converts them, and no VTIMEZONE can then be wrong.
/// </summary>
internal static class BookingCalendar
{
    public const string ContentType = "text/calendar";

    public static string FileName(Booking booking) => $"reservation-{booking.Reference}.ics";

    /// <summary>The UID a calendar keys the event on: stable across changes, unique across sites.</summary>
    public static string Uid(Booking booking, string host) => $"{booking.Id:N}@{host}";

    public static string One(Booking booking, BookingEventText text, string host)
    {
        var calendar = New();
        calendar.Method = booking.IsActive ? "PUBLISH" : "CANCEL";
        calendar.Events.Add(Event(booking, text, host));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string Feed(IEnumerable<(Booking Booking, BookingEventText Text)> bookings, string name, string host)
    {
        var calendar = New();
        calendar.Method = "PUBLISH";
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var (booking, text) in bookings)
        {
            calendar.Events.Add(Event(booking, text, host));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static Ical.Net.Calendar New() => new() { ProductId = "-//Bocage//Reservations//FR" };

    private static CalendarEvent Event(Booking booking, BookingEventText text, string host) =>
        new()
        {
            Uid = Uid(booking, host),
            Summary = text.Summary,
            Description = text.Description,
            Location = text.Location,
            Url = text.Link,
            Start = new CalDateTime(booking.StartUtc),
            End = new CalDateTime(booking.EndUtc),
            DtStamp = new CalDateTime(booking.CreatedAtUtc),
            Sequence = booking.Sequence,
            // A request or an offer not yet taken is in the calendar as tentative, never as certain.
            Status = booking.Status switch
            {
                BookingStatus.Confirmed => EventStatus.Confirmed,
                BookingStatus.Cancelled => EventStatus.Cancelled,
                _ => EventStatus.Tentative,
            },
        };
}
