using System.Globalization;
using System.Xml.Linq;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>One line of a chart: a name and its points in period order.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<(string Label, double Value)> Points);

/// <summary>
/// A line chart drawn on the server as SVG: readable without JavaScript, announced as one image with a
/// title and a description (role="img"), the numbers being in the table next to it. Built with XElement
/// so every text is encoded.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640,
        Height = 300,
        Left = 64,
        Right = 16,
        Top = 16,
        Bottom = 40;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Strokes = ["#1d4e89", "#b3541e", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457"];

    public static string Line(string id, string title, string description, IReadOnlyList<ChartSeries> series)
    {
        var labels = series
            .SelectMany(s => s.Points.Select(p => p.Label))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var values = series.SelectMany(s => s.Points.Select(p => p.Value)).DefaultIfEmpty(0).ToList();
        var (min, max) = (Math.Min(0, values.Min()), values.Max());
        if (max <= min)
        {
            max = min + 1;
        }
        double X(string label) =>
            Left
            + (labels.Count <= 1 ? 0 : labels.IndexOf(label) * (Width - Left - Right) / (double)(labels.Count - 1));
        double Y(double value) => Top + (max - value) * (Height - Top - Bottom) / (max - min);
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description),
            Axes(min, max, Y),
            labels.Select(
                (l, i) =>
                    new XElement(
                        Svg + "text",
                        new XAttribute("x", F(X(l))),
                        new XAttribute("y", Height - 12),
                        new XAttribute("class", "chart__label"),
                        new XAttribute("text-anchor", "middle"),
                        i % Step(labels.Count) == 0 ? l : ""
                    )
            )
        );
        for (var s = 0; s < series.Count; s++)
        {
            var stroke = Strokes[s % Strokes.Length];
            var points = series[s].Points;
            svg.Add(
                new XElement(
                    Svg + "g",
                    new XAttribute("class", "chart__series"),
                    new XAttribute("data-series", series[s].Name),
                    new XElement(
                        Svg + "polyline",
                        new XAttribute("fill", "none"),
                        new XAttribute("stroke", stroke),
                        new XAttribute("stroke-width", 2),
                        new XAttribute(
                            "points",
                            string.Join(' ', points.Select(p => $"{F(X(p.Label))},{F(Y(p.Value))}"))
                        )
                    ),
                    points.Select(p => new XElement(
                        Svg + "circle",
                        new XAttribute("class", "chart__point"),
                        new XAttribute("cx", F(X(p.Label))),
                        new XAttribute("cy", F(Y(p.Value))),
                        new XAttribute("r", 3),
                        new XAttribute("fill", stroke)
                    ))
                )
            );
        }
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Colour of the n-th series, for the legend next to the chart.</summary>
    public static string StrokeOf(int index) => Strokes[index % Strokes.Length];

    private static IEnumerable<XElement> Axes(double min, double max, Func<double, double> y)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = min + (max - min) * i / 4;
            yield return new XElement(
                Svg + "line",
                new XAttribute("x1", Left),
                new XAttribute("x2", Width - Right),
                new XAttribute("y1", F(y(value))),
                new XAttribute("y2", F(y(value))),
                new XAttribute("class", "chart__grid"),
                new XAttribute("stroke", "#d0d0d0")
            );
            yield return new XElement(
                Svg + "text",
                new XAttribute("x", Left - 6),
                new XAttribute("y", F(y(value) + 4)),
                new XAttribute("class", "chart__label"),
                new XAttribute("text-anchor", "end"),
                value.ToString(max - min < 10 ? "N1" : "N0", CultureInfo.GetCultureInfo("fr-FR"))
            );
        }
    }

    private static int Step(int count) => Math.Max(1, (int)Math.Ceiling(count / 8.0));

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
