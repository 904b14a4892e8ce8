using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Questions;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Bocage.Places.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Availability;

/// <summary>
/// What a resource's page shows: the resource, its commune, its hours in words and a week of slots; the directory's
/// place that lists it (<see cref="Host"/>) lends its photos.
/// </summary>
internal sealed record ResourceView(
    Resource Resource,
    string CommuneName,
    IReadOnlyList<string> HoursLines,
    DateOnly FirstDay,
    IReadOnlyList<IGrouping<DateOnly, OpenSlot>> Week,
    Resource? RequiredTraining,
    DateOnly Today,
    IdentityHolder OfferedBy,
    IReadOnlyList<Closure> Closures,
    DirectoryPlace? Host,
    IReadOnlyList<DirectoryPhoto> Photos,
    IReadOnlyList<Question> Questions
);

/// <summary>Reads a <see cref="ResourceView"/>; a period outside the bookable days shows the nearest one.</summary>
internal sealed class ResourcePage(
    BookingsDb db,
    TerritoryNames territory,
    FreeSlots slots,
    HoursWording hours,
    IdentityHolders bodies,
    IEnumerable<IPlaceCatalog> directory
)
{
    public const int Days = 7;

    /// <summary>The next three free slots, offered with a refusal « créneau déjà pris ».</summary>
    public Task<IReadOnlyList<OpenSlot>> NextAsync(Resource resource, CancellationToken cancellationToken) =>
        slots.NextAsync(resource, 3, cancellationToken);

    public async Task<ResourceView?> ReadAsync(string slug, DateOnly? from, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (resource is null)
        {
            return null;
        }
        var names = await territory.GetAsync(cancellationToken);
        var training = resource.RequiredTrainingId is { } id
            ? await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;
        // Sessions are listed as far as they are announced; slots a week at a time.
        var first = from is { } day && day >= slots.Today && day <= slots.LastDay(resource) ? day : slots.Today;
        var last = resource.HasSessions ? slots.LastDay(resource) : first.AddDays(Days - 1);
        var open = await slots.BetweenAsync(resource, first, last, cancellationToken);
        // The directory is another engine, maybe switched off: then the page has no photos and no link to it.
        var catalog = directory.FirstOrDefault();
        var host = catalog is null ? null : await catalog.HostOfAsync(resource.Slug, cancellationToken);
        return new ResourceView(
            resource,
            BookingWording.Commune(names, resource.CommuneInsee),
            resource.HasSessions ? [] : hours.Lines(resource.OpeningHours),
            first,
            open.GroupBy(s => DateOnly.FromDateTime(ParisTime.ToParis(s.Slot.StartUtc))).ToList(),
            training,
            slots.Today,
            await bodies.OfAsync(resource.CommuneInsee, cancellationToken),
            resource.HasSessions
                ? []
                : await slots.ClosuresAsync(resource.Id, slots.Today, slots.LastDay(resource), cancellationToken),
            host,
            host is null ? [] : await catalog!.PhotosAsync(host.Slug, cancellationToken),
            await db
                .Questions.AsNoTracking()
                .Where(q => q.ResourceId == resource.Id)
                .OrderBy(q => q.Position)
                .ToListAsync(cancellationToken)
        );
    }
}
