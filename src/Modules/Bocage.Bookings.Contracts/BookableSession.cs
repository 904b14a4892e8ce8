namespace Bocage.Bookings.Contracts;

/// <summary>
/// A dated session of a training or an event as another engine may show it: what it is (<see cref="Title"/> of the
/// session within <see cref="ResourceName"/>), its kind (<c>Training</c> or <c>Event</c>), where (commune INSEE
/// code, null for the intercommunality's; the address as written), when (UTC) and the site path to book it.
/// </summary>
public sealed record BookableSession(
    Guid Id,
    string ResourceSlug,
    string ResourceName,
    string Title,
    string Kind,
    string? CommuneInsee,
    string Address,
    DateTime StartUtc,
    DateTime EndUtc,
    string Path
);
