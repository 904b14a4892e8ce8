namespace Bocage.Bookings.Domain.Hours;

/// <summary>A bookable slot, as instants in UTC (<see cref="DateTimeKind.Utc"/>); the end is exclusive.</summary>
internal sealed record Slot(DateTime StartUtc, DateTime EndUtc);
