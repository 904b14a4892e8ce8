namespace Bocage.Bookings.Contracts;

/// <summary>
/// A bookable resource as another engine may show it: its name, its kind (<c>Room</c>, <c>Studio</c>, <c>Desk</c>,
/// <c>Machine</c>, <c>Cabin</c>, <c>Appointment</c>), the site path of its page and its next free slot (UTC).
/// </summary>
public sealed record Bookable(string Slug, string Name, string Kind, string Path, DateTime? NextFreeStartUtc);
