namespace Bocage.Bookings.Domain;

/// <summary>
/// Where a booking stands. Only <see cref="Confirmed"/> holds a seat: the database's guarantee against double
/// booking (an exclusion constraint on PostgreSQL, a unique index on SQLite) is filtered on it.
/// </summary>
internal enum BookingStatus
{
    Confirmed = 0,
    Cancelled = 1,
}
