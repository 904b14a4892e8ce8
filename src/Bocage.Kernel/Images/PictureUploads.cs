using Bocage.Kernel.Files;

namespace Bocage.Kernel.Images;

/// <summary>
/// Turns a picture a person sends (a place's photo, a commune's coat of arms) into pictures fit for the web: through
/// the uploads (size limit, sniffed, scanned by ClamAV), measured, made in each size asked by
/// <see cref="ImageResizer"/> (upright, without the camera's metadata), stored; the original, with its GPS
/// position, is deleted whatever happened.
/// </summary>
public sealed class PictureUploads(UploadService uploads, FileStore files, TimeProvider clock)
{
    /// <param name="request">The upload, its allowed kinds JPEG and PNG.</param>
    /// <param name="accepts">Whether a picture of this upright width and height will do.</param>
    /// <param name="sizes">The sizes to make.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<PictureUploadResult> AcceptAsync(
        UploadRequest request,
        Func<int, int, bool> accepts,
        IReadOnlyList<PictureSize> sizes,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(accepts);
        ArgumentNullException.ThrowIfNull(sizes);
        var accepted = await uploads.AcceptAsync(request, cancellationToken);
        if (accepted is UploadResult.Refused refused)
        {
            return new PictureUploadResult.Refused(refused.Message);
        }
        var original = ((UploadResult.Accepted)accepted).File;
        try
        {
            var made = await MakeAsync(original, request, accepts, sizes, cancellationToken);
            return made is null ? new PictureUploadResult.Unusable() : new PictureUploadResult.Made(made);
        }
        finally
        {
            await files.DeleteAsync(original.Id, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<MadePicture>?> MakeAsync(
        StoredFile original,
        UploadRequest request,
        Func<int, int, bool> accepts,
        IReadOnlyList<PictureSize> sizes,
        CancellationToken cancellationToken
    )
    {
        var opened = await files.OpenAsync(original.Id, cancellationToken);
        if (opened is null)
        {
            return null;
        }
        await using (opened)
        {
            if (ImageResizer.Measure(opened.Content) is not { } size || !accepts(size.Width, size.Height))
            {
                return null;
            }
            var resized = sizes.Select(s => ImageResizer.Fit(opened.Content, s.MaxWidth, s.MaxHeight)).ToList();
            if (resized.Any(r => r is null))
            {
                return null;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var made = new List<MadePicture>(sizes.Count);
            for (var i = 0; i < sizes.Count; i++)
            {
                var picture = resized[i]!;
                var stored = await files.SaveDerivedAsync(
                    picture.Jpeg,
                    sizes[i].FileName,
                    FileKind.Jpeg,
                    request.Engine,
                    request.UploadedBy,
                    now,
                    cancellationToken
                );
                made.Add(new MadePicture(stored, picture.Width, picture.Height));
            }
            return made;
        }
    }
}
