namespace Bocage.Bookings.Domain;

/// <summary>What a bookable resource is, for the filters of <c>/reserver</c> and the words of its page.</summary>
internal enum ResourceKind
{
    Room = 0,
    Studio = 1,
    Desk = 2,
    Machine = 3,
    Cabin = 4,
    Appointment = 5,

    /// <summary>A training: dated sessions with seats, not opening hours; attendance is marked.</summary>
    Training = 6,

    /// <summary>An event or a meeting with registration: dated sessions with seats.</summary>
    Event = 7,
}
