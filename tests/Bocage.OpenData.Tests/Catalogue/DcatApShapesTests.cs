using System.Net;
using System.Text.Json.Nodes;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// Both serialisations of the catalogue against the official DCAT-AP 3.0.1 SHACL shapes (SEMICeu, kept in
/// tests/standards/dcat-ap), by Zazuko's rdf-validate-shacl: zero violations.
/// </summary>
public sealed class DcatApShapesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_catalogue_meets_every_DCAT_AP_shape_in_JSON_LD_and_RDF_XML(DatabaseProvider db)
    {
        var client = fixture.Client(db);
        var folder = Directory.CreateTempSubdirectory("bocage-dcat-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var name in new[] { "catalogue.jsonld", "catalogue.rdf" })
            {
                var file = Path.Combine(folder, name);
                await File.WriteAllTextAsync(file, await client.GetStringAsync($"/donnees/{name}"));
                files.Add(file);
            }

            var (exit, output) = await ExternalValidator.RunAsync(
                "node",
                [
                    "shacl.mjs",
                    RepositoryFolders.Standard("dcat-ap", "dcat-ap-3.0.1-SHACL.ttl"),
                    RepositoryFolders.Standard("dcat-ap", "dcat-ap-3.0.1-ranges.ttl"),
                    "--",
                    .. files,
                ]
            );

            Assert.True(exit == 0, output);
            // The validator read the whole catalogue: a parse that found nothing would pass for the wrong reason.
            Assert.Matches("catalogue\\.jsonld: [0-9]{3,} triples, 0 violations", output);
            Assert.Matches("catalogue\\.rdf: [0-9]{3,} triples, 0 violations", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_period_a_dataset_covers_comes_from_its_date_and_year_columns(DatabaseProvider db)
    {
        var catalogue = JsonNode.Parse(await fixture.Client(db).GetStringAsync("/donnees/catalogue.jsonld"))!;

        // Fibre: a year column, 2020 to 2025, each year whole. Grants: conventions of 2023 to 2025.
        var fibre = Node(catalogue, "http://localhost/donnees/deploiement-fibre")!.ToJsonString();
        var grants = Node(catalogue, "http://localhost/donnees/subventions")!.ToJsonString();
        Assert.Contains("PeriodOfTime", fibre);
        Assert.Contains("\"2020-01-01\"", fibre);
        Assert.Contains("\"2025-12-31\"", fibre);
        Assert.Contains("\"2023-03-10\"", grants);
        Assert.Contains("\"2025-03-15\"", grants);
    }

    private static JsonNode? Node(JsonNode? node, string id) =>
        node switch
        {
            JsonObject o when o["@id"]?.GetValue<string>() == id => o,
            JsonObject o => o.Select(p => Node(p.Value, id)).FirstOrDefault(n => n is not null),
            JsonArray a => a.Select(i => Node(i, id)).FirstOrDefault(n => n is not null),
            _ => null,
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_catalogue_IRI_sends_to_either_serialisation(DatabaseProvider db)
    {
        var client = fixture.App(db).CreateClient(new() { AllowAutoRedirect = false });
        using var rdf = new HttpRequestMessage(HttpMethod.Get, "/donnees/catalogue");
        rdf.Headers.Accept.ParseAdd("application/rdf+xml");

        using var toRdf = await client.SendAsync(rdf);
        using var toJsonLd = await client.GetAsync("/donnees/catalogue");

        Assert.Equal(HttpStatusCode.SeeOther, toRdf.StatusCode);
        Assert.Equal("/donnees/catalogue.rdf", toRdf.Headers.Location!.ToString());
        Assert.Equal("/donnees/catalogue.jsonld", toJsonLd.Headers.Location!.ToString());
        var jsonLd = await client.GetStringAsync("/donnees/catalogue.jsonld");
        var xml = await client.GetStringAsync("/donnees/catalogue.rdf");
        Assert.Contains("\"@id\":\"http://localhost/donnees/catalogue\"", jsonLd);
        Assert.Contains("rdf:about=\"http://localhost/donnees/catalogue\"", xml);
    }
}
