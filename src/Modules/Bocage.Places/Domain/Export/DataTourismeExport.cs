using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.Bookings.Contracts;
using Bocage.Kernel.Time;

namespace Bocage.Places.Domain.Export;

/// <summary>What the export needs besides the places: names of communes, addresses and the hours in words.</summary>
/// <param name="Commune">A commune's name by its INSEE code.</param>
/// <param name="Absolute">The absolute address of a site path: a place's page (its IRI), an event's booking page.
/// </param>
/// <param name="Hours">Opening hours (OSM syntax) in words of a language; empty when they cannot be read.</param>
internal sealed record DataTourismeSource(
    string Publisher,
    string Homepage,
    Func<string, string> Commune,
    Func<string, string> Absolute,
    Func<string, string, string> Hours
);

/// <summary>
/// The tourist places and the coming events in DATAtourisme's JSON-LD, the ontology of the national tourism data
/// platform (kept in tests/standards/datatourisme, checked against it in test.sh). A place is a
/// <c>PointOfInterest</c> and <c>PlaceOfInterest</c> of its kind's class (<see cref="PlaceTypes"/>), with its name,
/// summaries and descriptions in each language written, where it is (address, commune by INSEE code, coordinates,
/// opening hours in words), its contact, step-free access, publisher and last update. A session of a training or
/// an event (the bookings engine's contract) is an <c>EntertainmentAndEvent</c> with its dated period, address and
/// booking page. The shapes are those of DATAtourisme's own feeds.
/// </summary>
internal static class DataTourismeExport
{
    public const string Namespace = "https://www.datatourisme.fr/ontology/core#";

    public static JsonObject Document(
        IEnumerable<Place> places,
        IEnumerable<BookableSession> sessions,
        DataTourismeSource source
    ) =>
        new()
        {
            ["@context"] = new JsonObject
            {
                ["@vocab"] = Namespace,
                ["schema"] = "http://schema.org/",
                ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["dc"] = "http://purl.org/dc/elements/1.1/",
            },
            ["@graph"] = new JsonArray([
                .. places.Select(p => (JsonNode)PointOfInterest(p, source)),
                .. sessions.Select(s => (JsonNode)Event(s, source)),
            ]),
        };

    private static JsonObject PointOfInterest(Place place, DataTourismeSource source)
    {
        var d = place.Details;
        var poi = new JsonObject
        {
            ["@id"] = source.Absolute($"/annuaire/{place.Slug}"),
            ["@type"] = new JsonArray("PointOfInterest", "PlaceOfInterest", PlaceTypes.DataTourisme(d.Kind)),
            ["rdfs:label"] = Texts(new Localized(d.Name)),
        };
        if (d.Summary.Fr.Length > 0)
        {
            poi["rdfs:comment"] = Texts(d.Summary);
            var description = new JsonObject { ["@type"] = "Description", ["shortDescription"] = Texts(d.Summary) };
            if (d.Description.Fr.Length > 0)
            {
                description["dc:description"] = Texts(d.Description);
            }
            poi["hasDescription"] = description;
        }
        poi["isLocatedAt"] = Location(d, source);
        if (Contact(d) is { } contact)
        {
            poi["hasContact"] = contact;
        }
        poi["reducedMobilityAccess"] = d.StepFree;
        poi["hasBeenPublishedBy"] = Publisher(source);
        poi["lastUpdate"] = Typed(place.UpdatedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date");
        return poi;
    }

    // An event's period is said at the Paris clock, as its page shows it: DATAtourisme's times carry no zone.
    private static JsonObject Event(BookableSession session, DataTourismeSource source)
    {
        var (start, end) = (ParisTime.ToParis(session.StartUtc), ParisTime.ToParis(session.EndUtc));
        string Day(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Clock(DateTime t) => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var name = session.Title.Length == 0 ? session.ResourceName : $"{session.ResourceName} : {session.Title}";
        var address = new JsonObject { ["@type"] = "PostalAddress", ["schema:streetAddress"] = session.Address };
        if (session.CommuneInsee is { } insee)
        {
            address["schema:addressLocality"] = source.Commune(insee);
            address["hasAddressCity"] = new JsonObject
            {
                ["@type"] = "City",
                ["rdfs:label"] = source.Commune(insee),
                ["insee"] = insee,
            };
        }
        var booking = source.Absolute(session.Path);
        return new JsonObject
        {
            ["@id"] = $"{booking}#seance-{session.Id:N}",
            // A meeting or a day of events is social; DATAtourisme has no class for a training session.
            ["@type"] =
                session.Kind == "Event"
                    ? new JsonArray("PointOfInterest", "EntertainmentAndEvent", "SocialEvent")
                    : new JsonArray("PointOfInterest", "EntertainmentAndEvent"),
            ["rdfs:label"] = Texts(new Localized(name)),
            ["takesPlaceAt"] = new JsonObject
            {
                ["@type"] = "LimitedPeriod",
                ["startDate"] = Typed(Day(start), "date"),
                ["endDate"] = Typed(Day(end), "date"),
                ["startTime"] = Typed(Clock(start), "time"),
                ["endTime"] = Typed(Clock(end), "time"),
            },
            ["isLocatedAt"] = new JsonObject { ["@type"] = "Place", ["schema:address"] = address },
            ["hasBookingContact"] = new JsonObject
            {
                ["@type"] = "Agent",
                ["foaf:homepage"] = new JsonObject { ["@id"] = booking },
            },
            ["hasBeenPublishedBy"] = Publisher(source),
        };
    }

    private static JsonObject Publisher(DataTourismeSource source) =>
        new()
        {
            ["@type"] = "Agent",
            ["rdfs:label"] = source.Publisher,
            ["foaf:homepage"] = new JsonObject { ["@id"] = source.Homepage },
        };

    private static JsonObject Location(PlaceDetails d, DataTourismeSource source)
    {
        var commune = source.Commune(d.CommuneInsee);
        var location = new JsonObject
        {
            ["@type"] = "Place",
            ["schema:address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["schema:streetAddress"] = d.Street,
                ["schema:postalCode"] = d.PostalCode,
                ["schema:addressLocality"] = commune,
                ["hasAddressCity"] = new JsonObject
                {
                    ["@type"] = "City",
                    ["rdfs:label"] = commune,
                    ["insee"] = d.CommuneInsee,
                },
            },
            ["schema:geo"] = new JsonObject
            {
                ["@type"] = "schema:GeoCoordinates",
                ["schema:latitude"] = Typed(d.Latitude.ToString("0.######", CultureInfo.InvariantCulture), "decimal"),
                ["schema:longitude"] = Typed(d.Longitude.ToString("0.######", CultureInfo.InvariantCulture), "decimal"),
            },
        };
        // DATAtourisme says hours as dated periods with times; the directory keeps OSM rules, which its feeds carry
        // as the specification's words in each language.
        var hours = new Localized(
            source.Hours("fr", d.OpeningHours),
            source.Hours("en", d.OpeningHours),
            source.Hours("nl", d.OpeningHours)
        );
        if (hours.Fr.Length > 0)
        {
            location["schema:openingHoursSpecification"] = new JsonObject
            {
                ["@type"] = "OpeningHoursSpecification",
                ["additionalInformation"] = Texts(hours),
            };
        }
        return location;
    }

    private static JsonObject? Contact(PlaceDetails d)
    {
        if (d.Phone.Length == 0 && d.Email.Length == 0 && d.Website.Length == 0)
        {
            return null;
        }
        var contact = new JsonObject { ["@type"] = "Agent" };
        if (d.Phone.Length > 0)
        {
            contact["schema:telephone"] = d.Phone;
        }
        if (d.Email.Length > 0)
        {
            contact["schema:email"] = d.Email;
        }
        if (d.Website.Length > 0)
        {
            contact["foaf:homepage"] = new JsonObject { ["@id"] = d.Website };
        }
        return contact;
    }

    /// <summary>A text in each language written, as language-tagged strings.</summary>
    private static JsonArray Texts(Localized text) =>
        new([
            .. text.Written()
                .Where(t => !string.IsNullOrWhiteSpace(t.Text))
                .Select(t => (JsonNode)new JsonObject { ["@value"] = t.Text, ["@language"] = t.Language }),
        ]);

    private static JsonObject Typed(string value, string xsdType) =>
        new() { ["@value"] = value, ["@type"] = "xsd:" + xsdType };
}
