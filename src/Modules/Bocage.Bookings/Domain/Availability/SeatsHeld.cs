using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>Which bookings hold a seat: the one rule the seat placer, the waiting list and the pages share.</summary>
internal static class SeatsHeld
{
    /// <summary>The bookings that hold a seat of the resource during the slot: every one not cancelled.</summary>
    public static IQueryable<Booking> Holding(this IQueryable<Booking> bookings, Guid resourceId, Slot slot) =>
        bookings.Where(b =>
            b.ResourceId == resourceId
            && b.Status != BookingStatus.Cancelled
            && b.StartUtc < slot.EndUtc
            && b.EndUtc > slot.StartUtc
        );
}
