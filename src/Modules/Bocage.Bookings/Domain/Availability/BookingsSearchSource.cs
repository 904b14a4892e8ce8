using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Notices;
using Bocage.Kernel.Search;
using Bocage.Kernel.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>
/// Bookings' part of the search: every bookable place, training and event for everyone (by its name, kind,
/// commune, description and equipment), and a signed-in person's own bookings to come.
/// </summary>
internal sealed class BookingsSearchSource(
    BookingsDb db,
    TerritoryNames territory,
    BookingWording wording,
    IStringLocalizer<BookingsResource> text,
    TimeProvider clock
) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var names = await territory.GetAsync(cancellationToken);
        var resources = await db.Resources.AsNoTracking().ToListAsync(cancellationToken);
        return resources
            .Select(r => new SearchDocument(
                SearchKinds.Bookable,
                $"bookings:{r.Slug}",
                r.Name,
                $"/reserver/{r.Slug}",
                $"{wording.Kind(r.Kind)} · {BookingWording.Commune(names, r.CommuneInsee)}",
                $"{r.Description} {r.Amenities} {r.Address} {text["Search_Words"]}"
            ))
            .ToList();
    }

    public async Task<IReadOnlyList<SearchDocument>> PersonalAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await db
            .Bookings.AsNoTracking()
            .Where(b => b.AccountId == accountId && b.Status != BookingStatus.Cancelled && b.EndUtc > now)
            .Join(db.Resources.AsNoTracking(), b => b.ResourceId, r => r.Id, (b, r) => new { b, r.Name })
            .OrderBy(x => x.b.StartUtc)
            .ToListAsync(cancellationToken);
        return mine.Select(x => new SearchDocument(
                SearchKinds.Booking,
                x.b.Id.ToString(),
                $"{x.Name} — {x.b.Reference}",
                BookingWording.PagePath(x.b),
                wording.When(x.b.StartUtc, x.b.EndUtc),
                $"{text["Search_Words"]} {x.b.Reference}"
            ))
            .ToList();
    }
}
