using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>A slot of a resource's grid and how many of its seats are still free.</summary>
internal sealed record OpenSlot(Slot Slot, int SeatsLeft)
{
    public bool IsFree => SeatsLeft > 0;
}
