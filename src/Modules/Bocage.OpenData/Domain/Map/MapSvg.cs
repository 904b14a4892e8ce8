using System.Globalization;
using System.Xml.Linq;

namespace Bocage.OpenData.Domain.Map;

/// <summary>
/// The map drawn on the server as SVG, for people without JavaScript and for printing: the communes
/// (coloured by the choropleth when an indicator is chosen) and the points of the chosen layer. It is one
/// image with a title and a description; the same features are listed in tables on the page.
/// </summary>
internal static class MapSvg
{
    private const double Width = 640,
        Padding = 10;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Draw(
        string title,
        string description,
        IReadOnlyList<CommuneShape> communes,
        IReadOnlyList<MapPoint> points
    )
    {
        var all = communes
            .SelectMany(c => c.Ring)
            .Concat(points.Select(p => (Lon: p.Longitude, Lat: p.Latitude)))
            .ToList();
        if (all.Count == 0)
        {
            all.Add((4.05, 50.02));
        }
        var (minLon, maxLon, minLat, maxLat) = (
            all.Min(p => p.Lon),
            all.Max(p => p.Lon),
            all.Min(p => p.Lat),
            all.Max(p => p.Lat)
        );
        // Equirectangular projection at the territory's latitude: a degree of longitude is cos(lat) of a degree of
        // latitude.
        var squeeze = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (Width - 2 * Padding) / Math.Max(1e-6, (maxLon - minLon) * squeeze);
        var height = (maxLat - minLat) * scale + 2 * Padding;
        string X(double lon) => F(Padding + (lon - minLon) * squeeze * scale);
        string Y(double lat) => F(Padding + (maxLat - lat) * scale);
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("viewBox", $"0 0 {F(Width)} {F(height)}"),
            new XAttribute("class", "map-svg"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "carte-svg-title carte-svg-desc"),
            new XElement(Svg + "title", new XAttribute("id", "carte-svg-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", "carte-svg-desc"), description),
            communes.Select(c => new XElement(
                Svg + "path",
                new XAttribute("d", "M" + string.Join(" L", c.Ring.Select(p => $"{X(p.Lon)},{Y(p.Lat)}")) + " Z"),
                new XAttribute("fill", c.Colour ?? "#f4f4f0"),
                new XAttribute("stroke", "#3a3a3a"),
                new XAttribute("stroke-width", 1),
                new XAttribute("data-insee", c.Insee),
                new XElement(Svg + "title", c.Display.Length > 0 ? $"{c.Name} : {c.Display}" : c.Name)
            )),
            points.Select(p => new XElement(
                Svg + "circle",
                new XAttribute("cx", X(p.Longitude)),
                new XAttribute("cy", Y(p.Latitude)),
                new XAttribute("r", 5),
                new XAttribute("fill", "#1d4e89"),
                new XAttribute("stroke", "#ffffff"),
                new XAttribute("stroke-width", 1.5),
                new XAttribute("class", "map-svg__point"),
                new XElement(Svg + "title", p.Name)
            ))
        );
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
