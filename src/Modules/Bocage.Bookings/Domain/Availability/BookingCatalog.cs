using Bocage.Bookings.Contracts;
using Bocage.Bookings.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>
/// The engine's answer to <see cref="IBookingCatalog"/>: its resources with their next free slot, the dated sessions
/// of its trainings and events.
/// </summary>
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

    public async Task<IReadOnlyList<BookableSession>> SessionsAsync(
        DateTime fromUtc,
        DateTime untilUtc,
        CancellationToken cancellationToken
    )
    {
        var rows = await db
            .Sessions.AsNoTracking()
            .Where(s => s.CancelledAtUtc == null && s.StartUtc >= fromUtc && s.StartUtc < untilUtc)
            .Join(
                db.Resources.AsNoTracking(),
                s => s.ResourceId,
                r => r.Id,
                (s, r) => new { Session = s, Resource = r }
            )
            .OrderBy(x => x.Session.StartUtc)
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(x => new BookableSession(
                x.Session.Id,
                x.Resource.Slug,
                x.Resource.Name,
                x.Session.Title,
                x.Resource.Kind.ToString(),
                x.Resource.CommuneInsee,
                x.Resource.Address,
                x.Session.StartUtc,
                x.Session.EndUtc,
                $"/reserver/{x.Resource.Slug}"
            )),
        ];
    }
}
