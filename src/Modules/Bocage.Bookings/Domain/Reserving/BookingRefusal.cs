namespace Bocage.Bookings.Domain.Reserving;

/// <summary>Why a booking was not made; each has its sentence in French at the slot the person chose.</summary>
internal enum BookingRefusal
{
    /// <summary>No slot of the resource starts then (closed, past, beyond the horizon, or a forged time).</summary>
    NoSuchSlot,

    /// <summary>Every seat of the slot is taken: « créneau déjà pris », with the next free slots.</summary>
    Taken,

    /// <summary>The person already holds a seat of this slot.</summary>
    AlreadyYours,

    /// <summary>The resource asks for a training the person has not attended (a CNC machine).</summary>
    TrainingRequired,

    /// <summary>The mediator's mandate does not let them book for this person now.</summary>
    MandateUnusable,

    /// <summary>A priced booking with no way to pay it (the Payments engine off, or no régie for the place).</summary>
    PaymentUnavailable,

    /// <summary>The company price for an account without a verified company.</summary>
    AudienceNotAllowed,
}
