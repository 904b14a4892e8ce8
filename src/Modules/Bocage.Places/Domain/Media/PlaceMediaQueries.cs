using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Media;

internal static class PlaceMediaQueries
{
    /// <summary>A place's media in the order its agents gave them, read only: its page and its agents' page.</summary>
    public static Task<List<PlaceMedia>> OfPlaceAsync(
        this PlacesDb db,
        Guid placeId,
        CancellationToken cancellationToken
    ) =>
        db
            .PlaceMedia.AsNoTracking()
            .Where(m => m.PlaceId == placeId)
            .OrderBy(m => m.Position)
            .ToListAsync(cancellationToken);
}
