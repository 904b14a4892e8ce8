using System.Globalization;
using System.Xml.Linq;

namespace Bocage.Places.Domain.Circuits;

/// <summary>
/// A circuit as GPX 1.1 (topografix.com/GPX/1/1), the format every GPS and hiking app opens: the steps as
/// waypoints, the track as one segment with elevations. Checked against the official XSD in the tests (xmllint).
/// </summary>
internal static class GpxDocument
{
    public static readonly XNamespace Ns = "http://www.topografix.com/GPX/1/1";

    public static XDocument Write(Circuit circuit, string pageUrl)
    {
        var root = new XElement(
            Ns + "gpx",
            new XAttribute("version", "1.1"),
            new XAttribute("creator", "Bocage"),
            new XElement(
                Ns + "metadata",
                new XElement(Ns + "name", circuit.Name),
                new XElement(Ns + "desc", circuit.Summary.Fr),
                new XElement(Ns + "link", new XAttribute("href", pageUrl)),
                new XElement(
                    Ns + "time",
                    circuit.UpdatedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                )
            )
        );
        foreach (var step in circuit.Steps)
        {
            root.Add(
                new XElement(
                    Ns + "wpt",
                    Coordinates(step.Latitude, step.Longitude),
                    new XElement(Ns + "name", step.Name),
                    new XElement(Ns + "desc", step.Description)
                )
            );
        }
        var segment = new XElement(Ns + "trkseg");
        foreach (var point in circuit.Points)
        {
            var trkpt = new XElement(Ns + "trkpt", Coordinates(point.Latitude, point.Longitude));
            if (point.Elevation is { } elevation)
            {
                trkpt.Add(new XElement(Ns + "ele", Number(elevation, "0.#")));
            }
            segment.Add(trkpt);
        }
        root.Add(new XElement(Ns + "trk", new XElement(Ns + "name", circuit.Name), segment));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>
    /// The track and waypoints of a GPX file (1.0 or 1.1, any namespace: apps write both); every segment of every
    /// track, in order. Null with a French reason when it is not a GPX or holds no track.
    /// </summary>
    public static (IReadOnlyList<TrackPoint> Points, IReadOnlyList<CircuitStep> Steps)? Read(
        Stream gpx,
        out string? problem
    )
    {
        XDocument document;
        try
        {
            document = XDocument.Load(XmlSafety.Reader(gpx));
        }
        catch (System.Xml.XmlException)
        {
            problem = "Le fichier n'est pas un GPX lisible (XML mal formé).";
            return null;
        }
        var ns = document.Root?.Name.Namespace ?? XNamespace.None;
        if (document.Root?.Name.LocalName != "gpx")
        {
            problem = "Le fichier n'est pas un GPX : sa racine n'est pas <gpx>.";
            return null;
        }
        var points = document
            .Descendants(ns + "trkpt")
            .Select(p => new TrackPoint(Degrees(p, "lat"), Degrees(p, "lon"), Elevation(p.Element(ns + "ele"))))
            .ToList();
        if (points.Count < 2)
        {
            problem = "Le GPX ne contient pas de trace (au moins deux points <trkpt>).";
            return null;
        }
        var steps = document
            .Root.Elements(ns + "wpt")
            .Select(w => new CircuitStep(
                (string?)w.Element(ns + "name") ?? "",
                (string?)w.Element(ns + "desc") ?? "",
                Degrees(w, "lat"),
                Degrees(w, "lon")
            ))
            .ToList();
        problem = null;
        return (points, steps);
    }

    private static XAttribute[] Coordinates(double latitude, double longitude) =>
        [new("lat", Number(latitude, "0.######")), new("lon", Number(longitude, "0.######"))];

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static double Degrees(XElement element, string attribute) =>
        double.TryParse(
            (string?)element.Attribute(attribute),
            NumberStyles.Float,
            CultureInfo.InvariantCulture,
            out var v
        )
            ? v
            : double.NaN;

    private static double? Elevation(XElement? ele) =>
        ele is not null && double.TryParse(ele.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
}
