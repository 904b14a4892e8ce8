using SkiaSharp;

namespace Bocage.Places.Seed;

/// <summary>
/// Draws the demo's 360° panoramas of the glass museum (no photograph of it may be shipped): a room seen from eye
/// height, ray-cast into an equirectangular picture, brick or lime-washed walls, a tiled floor, beams, windows and,
/// in the furnace hall, the glowing mouth of the furnace. Marked as drawn in its description.
/// </summary>
internal static class DemoPanorama
{
    public const int Width = 2048;
    public const int Height = 1024;

    // The room around the eye: half-width, floor below, ceiling above, half-depth (metres).
    private const double HalfWidth = 4,
        Floor = -1.6,
        Ceiling = 2.6,
        HalfDepth = 6;

    public static byte[] Draw(bool furnaceHall)
    {
        using var bitmap = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var pixels = new byte[Width * Height * 4];
        for (var v = 0; v < Height; v++)
        {
            var latitude = Math.PI / 2 - (v + 0.5) / Height * Math.PI;
            for (var u = 0; u < Width; u++)
            {
                var longitude = (u + 0.5) / Width * 2 * Math.PI - Math.PI;
                var (r, g, b) = Shade(
                    Math.Cos(latitude) * Math.Sin(longitude),
                    Math.Sin(latitude),
                    Math.Cos(latitude) * Math.Cos(longitude),
                    furnaceHall
                );
                var i = (v * Width + u) * 4;
                (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (r, g, b, 255);
            }
        }
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return jpeg.ToArray();
    }

    private static (byte, byte, byte) Shade(double x, double y, double z, bool furnaceHall)
    {
        // The nearest of the six planes the ray meets.
        var t = Math.Min(Math.Min(Hit(x, HalfWidth), Hit(y, y > 0 ? Ceiling : -Floor)), Hit(z, HalfDepth));
        var (px, py, pz) = (x * t, y * t, z * t);
        (double R, double G, double B) colour;
        if (Math.Abs(py - Floor) < 1e-6)
        {
            var tile = (Math.Floor(px / 0.6) + Math.Floor(pz / 0.6)) % 2 == 0 ? 0.9 : 0.75;
            colour = (120 * tile, 105 * tile, 95 * tile);
        }
        else if (Math.Abs(py - Ceiling) < 1e-6)
        {
            colour = Frac(px / 1.5) < 0.18 ? (70, 48, 32) : (150, 135, 120);
        }
        else
        {
            var along = Math.Abs(Math.Abs(px) - HalfWidth) < 1e-6 ? pz : px;
            colour = Wall(along, py, furnaceHall, front: pz > HalfDepth - 1e-6, side: Math.Abs(px) > HalfWidth - 1e-6);
        }
        // Light from the room's centre fades with distance.
        var light = Math.Clamp(1.25 - t / 14, 0.45, 1);
        return (Byte(colour.R * light), Byte(colour.G * light), Byte(colour.B * light));
    }

    private static (double, double, double) Wall(double along, double py, bool furnaceHall, bool front, bool side)
    {
        if (front && furnaceHall)
        {
            var d = Math.Sqrt(along * along + (py + 0.9) * (py + 0.9));
            if (d < 1.1 && py > Floor)
            {
                var glow = 1 - d / 1.1;
                return (255, 120 + 110 * glow, 30 + 60 * glow);
            }
            if (d < 1.4)
            {
                return (60, 55, 52);
            }
        }
        if (side && !furnaceHall && py > 0 && py < 1.8 && Frac(along / 3) is > 0.25 and < 0.6)
        {
            return (200, 225, 240);
        }
        if (!furnaceHall)
        {
            return (225, 218, 200);
        }
        // Bricks 25 × 8 cm with their mortar, every other row shifted by half a brick.
        var row = Math.Floor((py - Floor) / 0.08);
        var shifted = along + (row % 2 == 0 ? 0 : 0.125);
        var mortar = Frac((py - Floor) / 0.08) < 0.12 || Frac(shifted / 0.25) < 0.05;
        var shade = 0.85 + 0.15 * Frac(Math.Sin(row * 12.9898 + Math.Floor(shifted / 0.25) * 78.233) * 43758.5453);
        return mortar ? (190, 180, 165) : (150 * shade, 62 * shade, 45 * shade);
    }

    private static double Hit(double direction, double bound) =>
        Math.Abs(direction) < 1e-9 ? double.MaxValue : bound / Math.Abs(direction);

    private static double Frac(double value) => value - Math.Floor(value);

    private static byte Byte(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
}
