using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Bocage.Places.Domain.Circuits;

/// <summary>
/// A circuit's track drawn on the server as an SVG polyline with its numbered steps: a local equirectangular
/// projection (longitude scaled by the cosine of the latitude), true to shape at the scale of a walk, with no tiles to
/// download on a slow line. The steps' numbers are those of the ordered list beside it.
/// </summary>
internal sealed record TrackDrawing(string Polyline, int Height, IReadOnlyList<(double X, double Y)> Steps)
{
    public const int Width = 600;
    private const int Padding = 12;
    private const int MaxVertices = 500;

    public static TrackDrawing Of(IReadOnlyList<TrackPoint> points, IReadOnlyList<CircuitStep> steps)
    {
        var all = points
            .Select(p => (p.Latitude, p.Longitude))
            .Concat(steps.Select(s => (s.Latitude, s.Longitude)))
            .ToList();
        var minLat = all.Min(p => p.Latitude);
        var maxLat = all.Max(p => p.Latitude);
        var minLon = all.Min(p => p.Longitude);
        var maxLon = all.Max(p => p.Longitude);
        var cos = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * cos, 1e-6);
        var spanY = Math.Max(maxLat - minLat, 1e-6);
        var scale = (Width - 2 * Padding) / spanX;
        var height = (int)Math.Clamp(Math.Ceiling(spanY * scale) + 2 * Padding, 120, 800);
        scale = Math.Min(scale, (height - 2 * Padding) / spanY);
        (double X, double Y) Project(double lat, double lon) =>
            (Padding + (lon - minLon) * cos * scale, height - Padding - (lat - minLat) * scale);
        var step = Math.Max(1, points.Count / MaxVertices);
        var vertices = points
            .Where((_, i) => i % step == 0 || i == points.Count - 1)
            .Select(p => Project(p.Latitude, p.Longitude))
            .Select(xy => string.Create(CultureInfo.InvariantCulture, $"{xy.X:0.#},{xy.Y:0.#}"));
        return new TrackDrawing(
            string.Join(' ', vertices),
            height,
            steps.Select(s => Project(s.Latitude, s.Longitude)).ToList()
        );
    }

    /// <summary>
    /// The numbered circles of the steps (written here: Razor reads an SVG <c>text</c> element as its own tag).
    /// Only numbers go in, so nothing needs encoding.
    /// </summary>
    public IHtmlContent StepMarks()
    {
        var marks = new StringBuilder();
        for (var i = 0; i < Steps.Count; i++)
        {
            var (x, y) = Steps[i];
            marks.Append(
                CultureInfo.InvariantCulture,
                $"<circle class=\"circuit-step\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"12\" />"
                    + $"<text class=\"circuit-step-number\" x=\"{x:0.#}\" y=\"{y + 5:0.#}\" text-anchor=\"middle\">{i + 1}</text>"
            );
        }
        return new HtmlString(marks.ToString());
    }
}
