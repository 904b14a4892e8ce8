using Bocage.Kernel.Contracts;

namespace Bocage.Bookings.Domain.Notices;

/// <summary>
/// Raised in the transaction that stores a booking, so that its confirmation mail leaves once and only for a
/// booking that was committed (a lost race rolls the event back with the row).
/// </summary>
[EventName("bookings.booking-confirmed", 1)]
internal sealed record BookingConfirmed(Guid BookingId) : IDomainEvent;

/// <summary>Raised with a cancellation: the mail carries the calendar's cancellation of the event.</summary>
[EventName("bookings.booking-cancelled", 1)]
internal sealed record BookingCancelled(Guid BookingId) : IDomainEvent;
