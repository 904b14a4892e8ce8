using Bocage.Kernel.Hours;
using Bocage.Kernel.Text;
using Bocage.Kernel.Time;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Directory;

/// <summary>
/// The directory's query, shared by the pages and the API: kind, section, commune, step-free access and text are
/// filtered by the database; « open now » reads each remaining place's opening hours at the Paris wall clock.
/// </summary>
internal sealed class PlaceDirectory(PlacesDb db, TimeProvider clock)
{
    public async Task<PlacePage> FindAsync(PlaceFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Places.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Details.Kind == kind);
        }
        else if (filter.Section != PlaceSection.All)
        {
            var kinds = PlaceTypes.In(filter.Section).ToList();
            query = query.Where(p => kinds.Contains(p.Details.Kind));
        }
        if (!string.IsNullOrEmpty(filter.CommuneInsee))
        {
            query = query.Where(p => p.Details.CommuneInsee == filter.CommuneInsee);
        }
        if (filter.StepFree)
        {
            query = query.Where(p => p.Details.StepFree);
        }
        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            query = query.Where(p => p.Details.Themes.Contains(filter.Theme));
        }
        foreach (var word in Words(filter.Text))
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }
        query = query.OrderBy(p => p.Details.Name);
        var page = Math.Max(1, filter.Page);
        if (!filter.OpenNow)
        {
            var total = await query.CountAsync(cancellationToken);
            var places = await query
                .Skip((page - 1) * PlaceFilter.PageSize)
                .Take(PlaceFilter.PageSize)
                .ToListAsync(cancellationToken);
            return new PlacePage(places, total, page);
        }
        var now = ParisTime.ToParis(clock.GetUtcNow().UtcDateTime);
        var open = (await query.ToListAsync(cancellationToken)).Where(p => IsOpen(p, now)).ToList();
        return new PlacePage(
            open.Skip((page - 1) * PlaceFilter.PageSize).Take(PlaceFilter.PageSize).ToList(),
            open.Count,
            page
        );
    }

    /// <summary>Open at this Paris wall-clock time: hours known, not closed for a while, the hours say so.</summary>
    public static bool IsOpen(Place place, DateTime parisNow)
    {
        var day = DateOnly.FromDateTime(parisNow);
        return !place.IsClosedOn(day)
            && place.Details.OpeningHours.Length > 0
            && OpeningHours.TryParse(place.Details.OpeningHours, out var hours, out _)
            && hours.IsOpenAt(day, TimeOnly.FromDateTime(parisNow));
    }

    // DISTINCT in the database: a few dozen theme lists cross the wire rather than one per place (bench/places.sh).
    public async Task<IReadOnlyList<string>> ThemesAsync(CancellationToken cancellationToken) =>
        (await db.Places.Select(p => p.Details.Themes).Distinct().ToListAsync(cancellationToken))
            .SelectMany(Place.Values)
            .Distinct()
            .Order(StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true))
            .ToList();

    private static IEnumerable<string> Words(string? text) =>
        Accents.Remove(text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
}
