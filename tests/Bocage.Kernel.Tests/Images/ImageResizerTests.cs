using Bocage.Kernel.Images;
using SkiaSharp;

namespace Bocage.Kernel.Tests.Images;

public sealed class ImageResizerTests
{
    [Fact]
    public void A_large_picture_is_made_to_fit_keeping_its_shape()
    {
        using var png = new MemoryStream(Picture(3000, 2000, SKEncodedImageFormat.Png));

        var resized = ImageResizer.Fit(png, 1600, 1600);

        Assert.NotNull(resized);
        Assert.Equal((1600, 1067), (resized.Width, resized.Height));
        using var back = SKBitmap.Decode(resized.Jpeg);
        Assert.Equal((1600, 1067), (back.Width, back.Height));
        Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(new MemoryStream(resized.Jpeg)).EncodedFormat);
    }

    [Fact]
    public void A_small_picture_is_never_enlarged()
    {
        using var jpeg = new MemoryStream(Picture(300, 200, SKEncodedImageFormat.Jpeg));

        var resized = ImageResizer.Fit(jpeg, 1600, 1600);

        Assert.Equal((300, 200), (resized!.Width, resized.Height));
    }

    [Fact]
    public void A_phone_photo_turned_by_its_exif_comes_upright_and_without_its_metadata()
    {
        // 200 × 100 pixels stored, EXIF orientation 6: the camera was held upright, the picture is 100 × 200.
        var tagged = WithOrientation(Picture(200, 100, SKEncodedImageFormat.Jpeg), 6);
        using var content = new MemoryStream(tagged);

        var size = ImageResizer.Measure(content);
        var resized = ImageResizer.Fit(content, 1000, 1000);

        Assert.Equal((100, 200), size);
        Assert.Equal((100, 200), (resized!.Width, resized.Height));
        Assert.Contains("Exif"u8.ToArray(), Chunks(tagged));
        Assert.DoesNotContain("Exif"u8.ToArray(), Chunks(resized.Jpeg));
        // The red half was on the left of the stored pixels: upright, it is on top.
        using var upright = SKBitmap.Decode(resized.Jpeg);
        Assert.True(upright.GetPixel(50, 20).Red > 200 && upright.GetPixel(50, 20).Blue < 80);
        Assert.True(upright.GetPixel(50, 180).Blue > 200 && upright.GetPixel(50, 180).Red < 80);
    }

    [Fact]
    public void What_is_no_picture_is_refused_without_an_exception()
    {
        using var text = new MemoryStream("pas une image"u8.ToArray());

        Assert.Null(ImageResizer.Measure(text));
        Assert.Null(ImageResizer.Fit(text, 100, 100));
    }

    // Left half red, right half blue.
    private static byte[] Picture(int width, int height, SKEncodedImageFormat format) =>
        SamplePictures.Draw(
            width,
            height,
            canvas =>
            {
                canvas.Clear(SKColors.Blue);
                using var red = new SKPaint { Color = SKColors.Red };
                canvas.DrawRect(0, 0, width / 2f, height, red);
            },
            format
        );

    // An APP1 Exif segment right after the JPEG's start: a big-endian TIFF header, one IFD entry (0x0112).
    private static byte[] WithOrientation(byte[] jpeg, byte orientation)
    {
        byte[] tiff =
        [
            .. "MM"u8,
            0,
            42,
            0,
            0,
            0,
            8,
            0,
            1,
            0x01,
            0x12,
            0,
            3,
            0,
            0,
            0,
            1,
            0,
            orientation,
            0,
            0,
            0,
            0,
            0,
            0,
        ];
        byte[] payload = [.. "Exif"u8, 0, 0, .. tiff];
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static IEnumerable<byte[]> Chunks(byte[] bytes) =>
        Enumerable.Range(0, Math.Max(0, bytes.Length - 3)).Select(i => bytes[i..(i + 4)]);
}
