namespace Bocage.Bookings.Domain.Availability;

/// <summary>One day of a place's planning: who comes, the slots still free, and its closures.</summary>
internal sealed record PlanningDay(
    DateOnly Day,
    IReadOnlyList<Booking> Bookings,
    IReadOnlyList<OpenSlot> Free,
    IReadOnlyList<Closure> Closures
);
