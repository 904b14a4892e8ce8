namespace Bocage.Bookings.Domain.Reserving;

/// <summary>What <see cref="BookingDesk.BookAsync"/> answers: the booking made, or why not.</summary>
internal sealed record BookingOutcome(Booking? Booking, BookingRefusal? Refusal)
{
    public static BookingOutcome Booked(Booking booking) => new(booking, null);

    public static BookingOutcome Refused(BookingRefusal refusal) => new(null, refusal);
}
