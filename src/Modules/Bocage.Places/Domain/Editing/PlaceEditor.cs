using Bocage.Kernel.Audit;
using Bocage.Places.Data;

namespace Bocage.Places.Domain.Editing;

/// <summary>Saves what an agent wrote of a place, with its temporary closure, and keeps it in the audit log.</summary>
internal sealed class PlaceEditor(PlacesDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<Place> SaveAsync(
        string agentId,
        Place? place,
        PlaceDetails details,
        (DateOnly? Until, string Reason) closure,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (place is null)
        {
            place = Place.Create(await PlaceSlugs.FreeAsync(db, details.Name, cancellationToken), details, now);
            db.Places.Add(place);
        }
        else
        {
            place.Describe(details, now);
        }
        place.CloseUntil(closure.Until, closure.Reason, now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            "places.place-save",
            $"place:{place.Slug}",
            place.Details.CommuneInsee,
            closure.Until is { } until ? $"{details.Name} (fermé jusqu'au {until:yyyy-MM-dd})" : details.Name,
            cancellationToken: cancellationToken
        );
        return place;
    }
}
