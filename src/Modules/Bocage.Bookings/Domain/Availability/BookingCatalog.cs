using Bocage.Bookings.Contracts;
using Bocage.Bookings.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>The engine's answer to <see cref="IBookingCatalog"/>: its resources with their next free slot.</summary>
internal sealed class BookingCatalog(BookingsDb db, FreeSlots slots) : IBookingCatalog
{
    public async Task<IReadOnlyList<Bookable>> InCommuneAsync(string? communeInsee, CancellationToken cancellationToken)
    {
        var resources = await db
            .Resources.AsNoTracking()
            .Where(r => r.CommuneInsee == communeInsee)
            .OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);
        var bookables = new List<Bookable>();
        foreach (var resource in resources)
        {
            var next = await slots.NextAsync(resource, 1, cancellationToken);
            bookables.Add(
                new Bookable(
                    resource.Slug,
                    resource.Name,
                    resource.Kind.ToString(),
                    $"/reserver/{resource.Slug}",
                    next.Count > 0 ? next[0].Slot.StartUtc : null
                )
            );
        }
        return bookables;
    }
}
