using Bocage.Testing;
using Microsoft.Playwright;
using SkiaSharp;

namespace Bocage.EndToEnd.Journeys.Places;

/// <summary>Pictures the journeys send as a person would choose a file.</summary>
public static class JourneyPictures
{
    /// <summary>Two brick ovens under a clear sky, drawn, as a PNG file to send.</summary>
    public static FilePayload Ovens()
    {
        var picture = SamplePictures.Draw(1200, 800, canvas =>
        {
            canvas.Clear(new SKColor(150, 190, 230));
            using var brick = new SKPaint { Color = new SKColor(150, 62, 45) };
            canvas.DrawRect(150, 350, 350, 450, brick);
            canvas.DrawRect(700, 300, 350, 500, brick);
        });
        return new FilePayload
        {
            Name = "fours.png",
            MimeType = "image/png",
            Buffer = picture,
        };
    }
}
