namespace Bocage.Bookings;

/// <summary>Anchor type of the engine's texts (Resources/BookingsResource.*.resx).</summary>
internal sealed class BookingsResource;
