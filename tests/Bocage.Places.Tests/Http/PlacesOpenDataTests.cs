using System.Text.Json;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The directory for machines: the API in JSON and GeoJSON, and the mediation places in the national schema,
/// checked by frictionless' own validator against the official Table Schema.
/// </summary>
public sealed class PlacesOpenDataTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_api_pages_and_filters_the_directory_in_json_and_geojson(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var client = app.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/lieux?type=Producer"));
        using var geo = await client.GetAsync("/api/lieux?commune=59601&format=geojson");
        using var features = JsonDocument.Parse(await geo.Content.ReadAsStringAsync());

        Assert.Equal(3, list.RootElement.GetProperty("total").GetInt32());
        Assert.All(list.RootElement.GetProperty("places").EnumerateArray(), p =>
            Assert.Equal("Producer", p.GetProperty("kind").GetString())
        );
        Assert.Equal("application/geo+json", geo.Content.Headers.ContentType?.MediaType);
        var all = features.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(4, all.Count);
        var point = all[0].GetProperty("geometry");
        Assert.Equal("Point", point.GetProperty("type").GetString());
        // GeoJSON writes longitude first: Trélon is near 4.1° E, 50.06° N.
        Assert.InRange(point.GetProperty("coordinates")[0].GetDouble(), 4.0, 4.2);
        Assert.InRange(point.GetProperty("coordinates")[1].GetDouble(), 50.0, 50.1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_mediation_places_pass_the_national_schema(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var client = app.CreateClient();

        var csv = await client.GetStringAsync("/api/lieux/mediation-numerique.csv");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/lieux/mediation-numerique.json"));

        Assert.StartsWith("id,pivot,nom,commune,code_postal,code_insee,adresse", csv, StringComparison.Ordinal);
        Assert.Contains("+33327575050", csv, StringComparison.Ordinal);
        var (exit, output) = await ValidateAsync(csv);
        Assert.True(exit == 0, output);
        Assert.Contains("3 rows", output, StringComparison.Ordinal);
        var france = json
            .RootElement.EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "france-services-fourmies");
        Assert.Equal(
            "France Services|Conseillers numériques|Aidants Connect",
            france.GetProperty("dispositif_programmes_nationaux").GetString()
        );
        Assert.False(france.TryGetProperty("complement_adresse", out _), "empty optional keys are left out");
    }

    [Fact]
    public async Task The_validator_refuses_a_value_outside_the_schema_lists()
    {
        // The check must be able to fail: a service the national list does not know, after a valid one.
        const string header =
            "id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv";
        const string row =
            "a,21590249500017,Lieu,Fourmies,59610,59249,Place Verte,,50.01,4.05,,,,,,,,,,,2026-12-07,Maîtrise des outils numériques du quotidien|Jardinage,,,,,,,,,,";

        var (exit, output) = await ValidateAsync(header + "\n" + row + "\n");

        Assert.Equal(1, exit);
        Assert.Contains("services", output, StringComparison.Ordinal);
    }

    private static async Task<(int, string)> ValidateAsync(string csv)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        try
        {
            return await ExternalValidator.RunAsync(
                "node",
                "tableschema.mjs",
                RepositoryFolders.Standard("mediation-numerique", "schema.json"),
                file
            );
        }
        finally
        {
            File.Delete(file);
        }
    }
}
