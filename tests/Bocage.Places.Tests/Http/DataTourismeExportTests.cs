using System.Text.Json.Nodes;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The tourist places and coming events in DATAtourisme's JSON-LD (<c>/api/lieux/datatourisme.jsonld</c>): read by
/// Zazuko's JSON-LD parser and checked against the DATAtourisme ontology kept in tests/standards/datatourisme
/// (every class and property declared, domains, ranges, functional properties: tests/validators/ontology.mjs); the
/// same document with a class and a value the ontology does not have is refused, so the check can fail.
/// </summary>
public sealed class DataTourismeExportTests
{
    private const string Export = "/api/lieux/datatourisme.jsonld";

    // The ontology file names its terms under the domain DATAtourisme had then (tests/standards/datatourisme).
    private const string Alias =
        "https://www.datatourisme.fr/ontology/core#=https://www.datatourisme.gouv.fr/ontology/core#";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_tourist_places_meet_the_DATAtourisme_ontology(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        using var response = await app.CreateClient().GetAsync(Export);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var (exit, output) = await ValidateAsync(text);
        Assert.True(exit == 0, output);
        Assert.Matches("[0-9]{3,} triples, 0 violations", output);

        var graph = JsonNode.Parse(text)!["@graph"]!.AsArray();
        var museum = graph.Single(n => (string?)n!["@id"] == "http://localhost/annuaire/musee-textile-fourmies")!;
        Assert.Equal(["PointOfInterest", "PlaceOfInterest", "Museum"], Strings(museum["@type"]));
        Assert.Equal("59249", (string?)museum["isLocatedAt"]!["schema:address"]!["hasAddressCity"]!["insee"]);
        Assert.True((bool)museum["reducedMobilityAccess"]!);
        // Its summary in the three languages written, the hours in words of each.
        Assert.Equal(["fr", "en", "nl"], Languages(museum["hasDescription"]!["shortDescription"]));
        var hours = museum["isLocatedAt"]!["schema:openingHoursSpecification"]!["additionalInformation"]!.AsArray();
        Assert.StartsWith("du lundi au vendredi", (string?)hours[0]!["@value"]);
        Assert.Equal("nl", (string?)hours[2]!["@language"]);
        // Tourism only: a town hall or a bakery is not a point of interest of the tourism feed.
        Assert.DoesNotContain("Mairie de Trélon", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Boulangerie", text, StringComparison.Ordinal);
        Assert.Contains("\"NaturalHeritage\"", text, StringComparison.Ordinal);
        // The coming events of the bookings engine, at the Paris clock, with the page to book them.
        var day = graph.Single(n =>
            ((string?)n!["rdfs:label"]![0]!["@value"])?.StartsWith(
                "Journées de la ruralité : Première journée",
                StringComparison.Ordinal
            ) == true
        )!;
        Assert.Equal(["PointOfInterest", "EntertainmentAndEvent", "SocialEvent"], Strings(day["@type"]));
        Assert.Equal("09:00:00", (string?)day["takesPlaceAt"]!["startTime"]!["@value"]);
        Assert.Equal(
            "http://localhost/reserver/journees-de-la-ruralite",
            (string?)day["hasBookingContact"]!["foaf:homepage"]!["@id"]
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_class_and_a_value_outside_the_ontology_are_refused(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var text = await app.CreateClient().GetStringAsync(Export);
        Assert.Contains("\"Museum\"", text, StringComparison.Ordinal);
        Assert.Contains("\"reducedMobilityAccess\":true", text, StringComparison.Ordinal);

        var (exit, output) = await ValidateAsync(
            text.Replace("\"Museum\"", "\"Musee\"", StringComparison.Ordinal)
                .Replace(
                    "\"reducedMobilityAccess\":true",
                    "\"reducedMobilityAccess\":\"oui\"",
                    StringComparison.Ordinal
                )
        );

        Assert.Equal(1, exit);
        Assert.Contains("core#Musee is not declared", output, StringComparison.Ordinal);
        Assert.Contains("reducedMobilityAccess needs http://www.w3.org/2001/XMLSchema#boolean", output);
    }

    private static string[] Strings(JsonNode? node) => [.. node!.AsArray().Select(n => (string)n!)];

    private static string[] Languages(JsonNode? node) => [.. node!.AsArray().Select(n => (string)n!["@language"]!)];

    private static async Task<(int, string)> ValidateAsync(string jsonLd)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.jsonld");
        await File.WriteAllTextAsync(file, jsonLd);
        try
        {
            return await ExternalValidator.RunAsync(
                "node",
                "ontology.mjs",
                RepositoryFolders.Standard("datatourisme", "datatourisme-core-2.0.ttl"),
                "--alias",
                Alias,
                "--",
                file
            );
        }
        finally
        {
            File.Delete(file);
        }
    }
}
