namespace Bocage.Bookings.Domain;

/// <summary>Who a booking is for, as the booking keeps them (nothing more than the place needs).</summary>
internal sealed record BookingPerson(string AccountId, string Name, string Email, string Language);
