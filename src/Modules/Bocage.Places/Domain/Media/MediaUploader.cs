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
    PictureUploads pictures,
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
        var request = new UploadRequest(
            content,
            fileName,
            null,
            model ? [FileKind.Glb] : [FileKind.Jpeg, FileKind.Png],
            "Places",
            agentId
        )
        {
            MaxBytes = model ? MaxModelBytes : MaxPictureBytes,
        };
        var (made, refusal) = model
            ? await ModelAsync(request, cancellationToken)
            : await PicturesAsync(request, upload.Kind, cancellationToken);
        if (made is null)
        {
            return refusal;
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

    private async Task<(MediaFiles? Made, string? Refusal)> ModelAsync(
        UploadRequest request,
        CancellationToken cancellationToken
    ) =>
        await uploads.AcceptAsync(request, cancellationToken) switch
        {
            UploadResult.Accepted { File: var stored } => (
                new MediaFiles(stored.Id, null, 0, 0, stored.SizeBytes),
                null
            ),
            UploadResult.Refused refused => (null, refused.Message),
            _ => throw new InvalidOperationException("An upload is accepted or refused."),
        };

    private async Task<(MediaFiles? Made, string? Refusal)> PicturesAsync(
        UploadRequest request,
        MediaKind kind,
        CancellationToken cancellationToken
    )
    {
        var sizes = MediaSizes.Of(kind);
        var result = await pictures.AcceptAsync(
            request,
            sizes.Accepts,
            [
                new PictureSize("grand.jpg", sizes.Large.Width, sizes.Large.Height),
                new PictureSize("petit.jpg", sizes.Small.Width, sizes.Small.Height),
            ],
            cancellationToken
        );
        return result switch
        {
            PictureUploadResult.Made { Pictures: [var large, var small] } => (
                new MediaFiles(large.File.Id, small.File.Id, large.Width, large.Height, large.File.SizeBytes),
                null
            ),
            PictureUploadResult.Refused refused => (null, refused.Message),
            _ => (null, kind == MediaKind.Panorama ? text["Media_NotPanorama"] : text["Media_NotPicture"]),
        };
    }
}

/// <summary>What an agent sends with a file: its kind and the words that stand for it.</summary>
internal sealed record MediaUpload(MediaKind Kind, Localized Title, Localized Description);
