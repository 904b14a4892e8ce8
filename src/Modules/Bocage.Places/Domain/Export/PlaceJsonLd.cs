using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.Kernel.Hours;

namespace Bocage.Places.Domain.Export;

/// <summary>
/// A place as Schema.org for search engines (the page's JSON-LD): its type by kind (<see cref="PlaceTypes"/>),
/// address, coordinates, contact and opening hours, which Schema.org writes in the same OSM-like « Mo-Fr 09:00-12:00 »
/// shape when they are simple weekly rules.
/// </summary>
internal static class PlaceJsonLd
{
    public static JsonObject Describe(Place place, string communeName, string pageUrl, CultureInfo culture)
    {
        var d = place.Details;
        var description = new JsonObject
        {
            ["@type"] = PlaceTypes.SchemaOrg(d.Kind),
            ["@id"] = pageUrl,
            ["name"] = d.Name,
            ["url"] = pageUrl,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = d.Street,
                ["postalCode"] = d.PostalCode,
                ["addressLocality"] = communeName,
                ["addressCountry"] = "FR",
            },
            ["geo"] = new JsonObject
            {
                ["@type"] = "GeoCoordinates",
                ["latitude"] = d.Latitude,
                ["longitude"] = d.Longitude,
            },
        };
        Add(description, "description", d.Summary.In(culture));
        Add(description, "telephone", d.Phone);
        Add(description, "email", d.Email);
        Add(description, "sameAs", d.Website);
        if (d.OpeningHours.Length > 0 && OpeningHours.TryParse(d.OpeningHours, out var hours, out _) && IsWeekly(hours))
        {
            description["openingHours"] = new JsonArray(
                d.OpeningHours.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(rule => (JsonNode)rule)
                    .ToArray()
            );
        }
        if (d.StepFree)
        {
            description["amenityFeature"] = new JsonObject
            {
                ["@type"] = "LocationFeatureSpecification",
                ["name"] = "Accès de plain-pied",
                ["value"] = true,
            };
        }
        return description;
    }

    // Schema.org's openingHours takes « Mo-Fr 09:00-17:00 »; dates, holidays and « off » rules it cannot say.
    private static bool IsWeekly(OpeningHours hours) =>
        hours.Rules.All(r =>
            r.Dates.Count == 0 && !r.PublicHolidays && !r.Closed && !r.AlwaysOpen && r.Times.Count > 0
        );

    private static void Add(JsonObject json, string key, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[key] = value;
        }
    }
}
