namespace Bocage.Bookings.Domain.Calendar;

/// <summary>What a calendar shows of a booking, already in the person's language.</summary>
internal sealed record BookingEventText(string Summary, string Description, string Location, Uri Link);
