using SkiaSharp;

namespace Bocage.Kernel.Images;

/// <summary>A picture made for the web: JPEG bytes and the size they show at.</summary>
public sealed record ResizedImage(byte[] Jpeg, int Width, int Height);

/// <summary>
/// Makes pictures people send fit for slow connections and small screens: turned upright as the camera said, made no
/// larger than asked, saved as JPEG without the camera's metadata (its GPS position, its serial number). A picture
/// too large to open safely (a decompression bomb) or that is no picture is refused with null, never an exception.
/// </summary>
public static class ImageResizer
{
    /// <summary>A 360° camera's 8K panorama is 33 megapixels; past this, decoding could take gigabytes.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The picture's size as it shows (upright), or null when it is no picture or is too large.</summary>
    public static (int Width, int Height)? Measure(Stream content)
    {
        using var codec = Open(content);
        return codec is null ? null : Upright(codec);
    }

    /// <summary>
    /// The picture fitting in <paramref name="maxWidth"/> × <paramref name="maxHeight"/> (never enlarged), upright,
    /// as JPEG of <paramref name="quality"/>; null when it is no picture or is too large.
    /// </summary>
    public static ResizedImage? Fit(Stream content, int maxWidth, int maxHeight, int quality = 82)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeight);
        using var codec = Open(content);
        if (codec is null)
        {
            return null;
        }
        using var source = SKBitmap.Decode(codec);
        if (source is null)
        {
            return null;
        }
        var (width, height) = Upright(codec);
        var scale = Math.Min(1d, Math.Min((double)maxWidth / width, (double)maxHeight / height));
        var (targetWidth, targetHeight) = (
            Math.Max(1, (int)Math.Round(width * scale)),
            Math.Max(1, (int)Math.Round(height * scale))
        );
        using var surface = SKSurface.Create(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888));
        var canvas = surface.Canvas;
        // A transparent PNG would turn black in JPEG: white, as on paper.
        canvas.Clear(SKColors.White);
        canvas.Scale((float)targetWidth / width, (float)targetHeight / height);
        canvas.Concat(Orientation(codec.EncodedOrigin, source.Width, source.Height));
        using var image = SKImage.FromBitmap(source);
        // Mipmaps keep a picture divided by ten from aliasing.
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
        return new ResizedImage(jpeg.ToArray(), targetWidth, targetHeight);
    }

    private static SKCodec? Open(Stream content)
    {
        content.Position = 0;
        // The codec reads from its own copy: Skia's stream wrappers would otherwise own and close the caller's.
        var data = SKData.Create(content);
        if (data is null)
        {
            return null;
        }
        var codec = SKCodec.Create(data);
        data.Dispose();
        if (codec is null)
        {
            return null;
        }
        if (codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            codec.Dispose();
            return null;
        }
        return codec;
    }

    private static (int Width, int Height) Upright(SKCodec codec) =>
        codec.EncodedOrigin
            is SKEncodedOrigin.LeftTop
                or SKEncodedOrigin.RightTop
                or SKEncodedOrigin.RightBottom
                or SKEncodedOrigin.LeftBottom
            ? (codec.Info.Height, codec.Info.Width)
            : (codec.Info.Width, codec.Info.Height);

    // The EXIF orientations as matrices from the stored pixels (w × h) to the upright picture.
    private static SKMatrix Orientation(SKEncodedOrigin origin, int w, int h) =>
        origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
}
