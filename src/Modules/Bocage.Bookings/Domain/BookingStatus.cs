namespace Bocage.Bookings.Domain;

/// <summary>
/// Where a booking stands. Every status but <see cref="Cancelled"/> holds its seat: the database's guarantee against
/// double booking (an exclusion constraint on PostgreSQL, a unique index on both) is filtered on it, so an offer
/// to the waiting list or a request awaiting the place's approval cannot be taken by someone else meanwhile.
/// </summary>
internal enum BookingStatus
{
    Confirmed = 0,
    Cancelled = 1,

    /// <summary>A seat freed and offered to the first of the waiting list, until its offer expires.</summary>
    Offered = 2,

    /// <summary>Asked at a place whose bookings an agent approves.</summary>
    Requested = 3,

    /// <summary>A priced booking held while the person pays its invoice online, until its hold runs out.</summary>
    AwaitingPayment = 4,
}
