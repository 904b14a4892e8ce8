using System.Globalization;
using System.Xml.Linq;

namespace Bocage.Places.Domain.Circuits;

/// <summary>
/// A circuit as KML 2.2 (OGC 07-147r2), for Google Earth and most map apps: the track as a LineString with
/// altitudes, each step as a Point placemark. Checked against the OGC schema in the tests (xmllint).
/// </summary>
internal static class KmlDocument
{
    public static readonly XNamespace Ns = "http://www.opengis.net/kml/2.2";

    public static XDocument Write(Circuit circuit)
    {
        var folder = new XElement(
            Ns + "Document",
            new XElement(Ns + "name", circuit.Name),
            new XElement(Ns + "description", circuit.Summary.Fr),
            new XElement(
                Ns + "Placemark",
                new XElement(Ns + "name", circuit.Name),
                new XElement(
                    Ns + "LineString",
                    new XElement(Ns + "tessellate", "1"),
                    new XElement(Ns + "coordinates", string.Join(' ', circuit.Points.Select(Tuple)))
                )
            )
        );
        foreach (var step in circuit.Steps)
        {
            folder.Add(
                new XElement(
                    Ns + "Placemark",
                    new XElement(Ns + "name", step.Name),
                    new XElement(Ns + "description", step.Description),
                    new XElement(
                        Ns + "Point",
                        new XElement(Ns + "coordinates", Tuple(new TrackPoint(step.Latitude, step.Longitude, null)))
                    )
                )
            );
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "kml", folder));
    }

    // KML writes longitude first, then latitude, then the optional altitude, comma-separated without spaces.
    private static string Tuple(TrackPoint p) =>
        p.Elevation is { } elevation
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"{p.Longitude:0.######},{p.Latitude:0.######},{elevation:0.#}"
            )
            : string.Create(CultureInfo.InvariantCulture, $"{p.Longitude:0.######},{p.Latitude:0.######}");
}
