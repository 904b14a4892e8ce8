using System.Globalization;
using Bocage.Places.Contracts;
using Bocage.Places.Data;
using Bocage.Places.Domain.Media;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Directory;

/// <summary>The directory as the other engines read it (<see cref="IPlaceCatalog"/>).</summary>
internal sealed class PlaceCatalog(PlacesDb db) : IPlaceCatalog
{
    public async Task<DirectoryPlace?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        return place is null ? null : Shown(place);
    }

    public async Task<IReadOnlyList<DirectoryPlace>> InCommuneAsync(
        string communeInsee,
        IReadOnlyCollection<string> kinds,
        CancellationToken cancellationToken
    )
    {
        var wanted = kinds.Select(k => Enum.TryParse<PlaceKind>(k, out var kind) ? kind : (PlaceKind?)null).ToList();
        var query = db.Places.AsNoTracking().Where(p => p.Details.CommuneInsee == communeInsee);
        if (wanted.Count > 0)
        {
            var known = wanted.OfType<PlaceKind>().ToList();
            query = query.Where(p => known.Contains(p.Details.Kind));
        }
        return (await query.OrderBy(p => p.Details.Name).ToListAsync(cancellationToken)).Select(Shown).ToList();
    }

    public async Task<DirectoryPlace?> HostOfAsync(string bookableSlug, CancellationToken cancellationToken)
    {
        // Joined with « | »: narrowed by the database, matched whole here (« studio » is not « studio-2 »).
        var listing = await db
            .Places.AsNoTracking()
            .Where(p => p.Details.Bookables.Contains(bookableSlug))
            .OrderBy(p => p.Details.Name)
            .ToListAsync(cancellationToken);
        return listing.FirstOrDefault(p => Place.Values(p.Details.Bookables).Contains(bookableSlug)) is { } place
            ? Shown(place)
            : null;
    }

    public async Task<IReadOnlyList<DirectoryPhoto>> PhotosAsync(string slug, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var photos = await db
            .PlaceMedia.AsNoTracking()
            .Where(m => m.Kind == MediaKind.Photo && db.Places.Any(p => p.Id == m.PlaceId && p.Slug == slug))
            .OrderBy(m => m.Position)
            .ToListAsync(cancellationToken);
        return photos
            .Select(m => new DirectoryPhoto(
                m.FilePath(slug),
                m.FilePath(slug, small: true),
                m.Width,
                m.Height,
                m.Title.In(culture),
                m.Description.In(culture)
            ))
            .ToList();
    }

    private static DirectoryPlace Shown(Place place) =>
        new(
            place.Slug,
            place.Details.Name,
            place.Details.Kind.ToString(),
            place.Details.CommuneInsee,
            $"{place.Details.Street}, {place.Details.PostalCode}",
            place.Details.Latitude,
            place.Details.Longitude,
            $"/annuaire/{place.Slug}"
        );
}
