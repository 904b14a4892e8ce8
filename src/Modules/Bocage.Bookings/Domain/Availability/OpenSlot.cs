using Bocage.Bookings.Domain.Hours;
using Bocage.Kernel.Time;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>
/// A slot of a resource (cut from its opening hours, or one of its sessions) with its seats and how many are free.
/// </summary>
internal sealed record OpenSlot(Slot Slot, int SeatsLeft, int Capacity)
{
    /// <summary>The session this slot is, for trainings and events.</summary>
    public Guid? SessionId { get; init; }

    /// <summary>The session's subject, shown with its date.</summary>
    public string? Title { get; init; }

    public bool IsFree => SeatsLeft > 0;

    /// <summary>Its day in Paris.</summary>
    public DateOnly Day => DateOnly.FromDateTime(ParisTime.ToParis(Slot.StartUtc));
}
