using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Media;

/// <summary>
/// A place's media as agents arrange them: in order, described, panoramas linked to each other, removed with their
/// files. Every change is audited under the place's commune.
/// </summary>
internal sealed class MediaShelf(PlacesDb db, FileStore files, AuditLog audit)
{
    public async Task<IReadOnlyList<PlaceMedia>> OfAsync(Guid placeId, CancellationToken cancellationToken) =>
        await db.OfPlaceAsync(placeId, cancellationToken);

    /// <summary>Moves a media a step earlier (<paramref name="by"/> = -1) or later (+1); false when unknown.</summary>
    public async Task<bool> MoveAsync(string agentId, Place place, Guid id, int by, CancellationToken ct)
    {
        var all = await TrackedAsync(place.Id, ct);
        var index = all.FindIndex(m => m.Id == id);
        if (index < 0)
        {
            return false;
        }
        var target = Math.Clamp(index + Math.Sign(by), 0, all.Count - 1);
        var moved = all[index];
        all.RemoveAt(index);
        all.Insert(target, moved);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].MoveTo(i);
        }
        await SaveAsync(agentId, place, "places.media-move", $"{id} → {target}", ct);
        return true;
    }

    public async Task<bool> DescribeAsync(
        string agentId,
        Place place,
        Guid id,
        Localized title,
        Localized description,
        CancellationToken ct
    )
    {
        var media = await db.PlaceMedia.SingleOrDefaultAsync(m => m.Id == id && m.PlaceId == place.Id, ct);
        if (media is null)
        {
            return false;
        }
        media.Describe(title, description);
        await SaveAsync(agentId, place, "places.media-describe", id.ToString(), ct);
        return true;
    }

    /// <summary>Adds a passage from one panorama of the place to another; false when either is not one.</summary>
    public async Task<bool> LinkAsync(string agentId, Place place, Guid from, Hotspot hotspot, CancellationToken ct)
    {
        var all = await TrackedAsync(place.Id, ct);
        var source = all.SingleOrDefault(m => m.Id == from && m.Kind == MediaKind.Panorama);
        if (source is null || !all.Any(m => m.Id == hotspot.Target && m.Kind == MediaKind.Panorama && m.Id != from))
        {
            return false;
        }
        source.SetHotspots(source.Hotspots.Where(h => h.Target != hotspot.Target).Append(hotspot));
        await SaveAsync(agentId, place, "places.media-link", $"{from} → {hotspot.Target}", ct);
        return true;
    }

    public async Task<bool> UnlinkAsync(string agentId, Place place, Guid from, Guid target, CancellationToken ct)
    {
        var source = await db.PlaceMedia.SingleOrDefaultAsync(m => m.Id == from && m.PlaceId == place.Id, ct);
        if (source is null)
        {
            return false;
        }
        source.SetHotspots(source.Hotspots.Where(h => h.Target != target));
        await SaveAsync(agentId, place, "places.media-unlink", $"{from} → {target}", ct);
        return true;
    }

    /// <summary>Removes a media, its files and the passages that led to it.</summary>
    public async Task<bool> RemoveAsync(string agentId, Place place, Guid id, CancellationToken ct)
    {
        var all = await TrackedAsync(place.Id, ct);
        var media = all.SingleOrDefault(m => m.Id == id);
        if (media is null)
        {
            return false;
        }
        db.PlaceMedia.Remove(media);
        all.Remove(media);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].MoveTo(i);
            if (all[i].Hotspots.Any(h => h.Target == id))
            {
                all[i].SetHotspots(all[i].Hotspots.Where(h => h.Target != id));
            }
        }
        await SaveAsync(agentId, place, "places.media-remove", $"{media.Kind} {id}", ct);
        // The rows went first: a crash in between leaves files nobody links to, never a link to nothing.
        await files.DeleteAsync(media.FileId, ct);
        if (media.SmallFileId is { } small && small != media.FileId)
        {
            await files.DeleteAsync(small, ct);
        }
        return true;
    }

    private async Task<List<PlaceMedia>> TrackedAsync(Guid placeId, CancellationToken ct) =>
        await db.PlaceMedia.Where(m => m.PlaceId == placeId).OrderBy(m => m.Position).ToListAsync(ct);

    private async Task SaveAsync(string agentId, Place place, string action, string detail, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            action,
            $"place:{place.Slug}",
            place.Details.CommuneInsee,
            detail,
            cancellationToken: ct
        );
    }
}
