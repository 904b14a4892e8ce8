using SkiaSharp;

namespace Bocage.Testing;

/// <summary>Pictures drawn for a test (no photograph is shipped): a canvas, drawn on, then encoded.</summary>
public static class SamplePictures
{
    public static byte[] Draw(
        int width,
        int height,
        Action<SKCanvas> draw,
        SKEncodedImageFormat format = SKEncodedImageFormat.Png,
        int quality = 90
    )
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            draw(canvas);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, quality).ToArray();
    }

    /// <summary>A picture of one colour.</summary>
    public static byte[] Plain(int width, int height, SKColor colour, SKEncodedImageFormat format) =>
        Draw(width, height, canvas => canvas.Clear(colour), format);
}
