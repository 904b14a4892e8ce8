namespace Bocage.Bookings.Domain;

/// <summary>
/// Who a booking is for, as the booking keeps them (nothing more than the place needs), and the mediator who
/// books for them under a mandate, if any.
/// </summary>
internal sealed record BookingPerson(string AccountId, string Name, string Email, string Language)
{
    public string? BookedBy { get; init; }
}
