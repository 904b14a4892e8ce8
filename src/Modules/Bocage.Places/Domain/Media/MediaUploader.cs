using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Kernel.Images;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Media;

/// <summary>
/// Adds a photo, a 360° panorama or a 3D model to a place from a file an agent sends: through the kernel's uploads
/// (size limit, sniffed, scanned by ClamAV); pictures are then made in two sizes, upright and without the camera's
/// metadata, and the original is not kept. The answer is null, or the French reason of the refusal.
/// </summary>
internal sealed class MediaUploader(
    PlacesDb db,
    UploadService uploads,
    FileStore files,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<PlacesResource> text
)
{
    /// <summary>An 8K panorama from a 360° camera is about 15 MB as JPEG.</summary>
    public const long MaxPictureBytes = 30 * 1024 * 1024;

    /// <summary>A museum object scanned for the web is a few MB; past this, a phone on a rural line gives up.</summary>
    public const long MaxModelBytes = 20 * 1024 * 1024;

    public async Task<string?> AddAsync(
        string agentId,
        Place place,
        MediaUpload upload,
        Stream content,
        string fileName,
        CancellationToken cancellationToken
    )
    {
        var count = await db.PlaceMedia.CountAsync(m => m.PlaceId == place.Id, cancellationToken);
        if (count >= PlaceMedia.MaxPerPlace)
        {
            return text["Media_TooMany", PlaceMedia.MaxPerPlace];
        }
        var model = upload.Kind == MediaKind.Model;
        var accepted = await uploads.AcceptAsync(
            new UploadRequest(
                content,
                fileName,
                null,
                model ? [FileKind.Glb] : [FileKind.Jpeg, FileKind.Png],
                "Places",
                agentId
            )
            {
                MaxBytes = model ? MaxModelBytes : MaxPictureBytes,
            },
            cancellationToken
        );
        if (accepted is UploadResult.Refused refused)
        {
            return refused.Message;
        }
        var stored = ((UploadResult.Accepted)accepted).File;
        var made = model
            ? new MediaFiles(stored.Id, null, 0, 0, stored.SizeBytes)
            : await PicturesAsync(agentId, upload.Kind, stored, cancellationToken);
        if (made is null)
        {
            return upload.Kind == MediaKind.Panorama ? text["Media_NotPanorama"] : text["Media_NotPicture"];
        }
        var media = PlaceMedia.Create(
            place.Id,
            upload.Kind,
            count,
            upload.Title,
            upload.Description,
            made,
            clock.GetUtcNow().UtcDateTime
        );
        db.PlaceMedia.Add(media);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            "places.media-add",
            $"place:{place.Slug}",
            place.Details.CommuneInsee,
            $"{upload.Kind} {media.Id}",
            cancellationToken: cancellationToken
        );
        return null;
    }

    // The two sizes are made, then the original (with its EXIF position) is deleted whatever happened.
    private async Task<MediaFiles?> PicturesAsync(
        string agentId,
        MediaKind kind,
        StoredFile original,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var opened = await files.OpenAsync(original.Id, cancellationToken);
            if (opened is null)
            {
                return null;
            }
            await using (opened)
            {
                var sizes = MediaSizes.Of(kind);
                if (ImageResizer.Measure(opened.Content) is not { } size || !sizes.Accepts(size.Width, size.Height))
                {
                    return null;
                }
                var large = ImageResizer.Fit(opened.Content, sizes.Large.Width, sizes.Large.Height);
                var small = ImageResizer.Fit(opened.Content, sizes.Small.Width, sizes.Small.Height);
                if (large is null || small is null)
                {
                    return null;
                }
                var now = clock.GetUtcNow().UtcDateTime;
                var largeFile = await files.SaveDerivedAsync(
                    large.Jpeg,
                    "grand.jpg",
                    FileKind.Jpeg,
                    "Places",
                    agentId,
                    now,
                    cancellationToken
                );
                var smallFile = await files.SaveDerivedAsync(
                    small.Jpeg,
                    "petit.jpg",
                    FileKind.Jpeg,
                    "Places",
                    agentId,
                    now,
                    cancellationToken
                );
                return new MediaFiles(largeFile.Id, smallFile.Id, large.Width, large.Height, largeFile.SizeBytes);
            }
        }
        finally
        {
            await files.DeleteAsync(original.Id, cancellationToken);
        }
    }
}

/// <summary>What an agent sends with a file: its kind and the words that stand for it.</summary>
internal sealed record MediaUpload(MediaKind Kind, Localized Title, Localized Description);
