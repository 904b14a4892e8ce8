using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Bocage.Kernel.Web;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Http;

namespace Bocage.OpenData.Api;

/// <summary>
/// The catalogue in DCAT-AP, for harvesting by data.gouv.fr (whose DCAT harvester reads a
/// <c>dcat:Catalog</c> in JSON-LD or RDF/XML: dct:title, dct:description, dcat:keyword, dct:license,
/// dct:modified, dct:accrualPeriodicity, dcat:distribution with dcat:downloadURL and dct:format).
/// </summary>
internal static class Dcat
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace DcatNs = "http://www.w3.org/ns/dcat#";
    private static readonly XNamespace Dct = "http://purl.org/dc/terms/";
    private static readonly XNamespace Foaf = "http://xmlns.com/foaf/0.1/";

    public const string LicenceOuverte = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    private sealed record Entry(
        string Uri,
        Dataset Dataset,
        IReadOnlyList<(string Title, string Format, string MediaType, string Url)> Distributions
    );

    private static readonly Dictionary<string, string> Frequencies = new()
    {
        ["Annuelle"] = "http://purl.org/cld/freq/annual",
        ["Mensuelle"] = "http://purl.org/cld/freq/monthly",
        ["Trimestrielle"] = "http://purl.org/cld/freq/quarterly",
        ["Quotidienne"] = "http://purl.org/cld/freq/daily",
        ["Hebdomadaire"] = "http://purl.org/cld/freq/weekly",
        ["Irrégulière"] = "http://purl.org/cld/freq/irregular",
        ["Continuelle"] = "http://purl.org/cld/freq/continuous",
    };

    private static async Task<(string Site, IReadOnlyList<Entry> Entries)> EntriesAsync(
        CatalogueSearch search,
        PublicSite publicSite,
        HttpContext http
    )
    {
        var site = publicSite.Root;
        var all = await search.AllAsync(http.RequestAborted);
        var entries = all.Select(s => new Entry(
                $"{site}/donnees/{s.Dataset.Slug}",
                s.Dataset,
                s.Dataset.Resources.Where(r => r.BatchId != Guid.Empty)
                    .SelectMany(r =>
                        Formats(r)
                            .Select(f =>
                                (
                                    r.Title,
                                    f.Format,
                                    f.MediaType,
                                    $"{site}/api/donnees/{s.Dataset.Slug}/{r.Slug}/export.{f.Extension}"
                                )
                            )
                    )
                    .ToList()
            ))
            .ToList();
        return (site, entries);
    }

    private static IEnumerable<(string Format, string MediaType, string Extension)> Formats(Resource r)
    {
        yield return ("CSV", "text/csv", "csv");
        yield return ("JSON", "application/json", "json");
        if (r.HasGeometry)
        {
            yield return ("GeoJSON", "application/geo+json", "geojson");
        }
    }

    private static string Licence(Dataset d) => d.Licence == Dataset.DefaultLicence ? LicenceOuverte : d.Licence;

    private static string Date(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static async Task<IResult> JsonLdAsync(CatalogueSearch search, PublicSite publicSite, HttpContext http)
    {
        var (site, entries) = await EntriesAsync(search, publicSite, http);
        var datasets = new JsonArray(
            entries
                .Select(e =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["@id"] = e.Uri,
                            ["@type"] = "dcat:Dataset",
                            ["dct:identifier"] = e.Dataset.Slug,
                            ["dct:title"] = e.Dataset.Title,
                            ["dct:description"] = e.Dataset.Description,
                            ["dcat:keyword"] = new JsonArray(e.Dataset.Theme),
                            ["dct:issued"] = Date(e.Dataset.CreatedAt),
                            ["dct:modified"] = Date(e.Dataset.UpdatedAt),
                            ["dct:license"] = new JsonObject { ["@id"] = Licence(e.Dataset) },
                            ["dct:publisher"] = new JsonObject
                            {
                                ["@type"] = "foaf:Organization",
                                ["foaf:name"] = e.Dataset.OrganisationName,
                            },
                            ["dct:accrualPeriodicity"] = Frequencies.TryGetValue(e.Dataset.Frequency, out var f)
                                ? new JsonObject { ["@id"] = f }
                                : null,
                            ["dcat:landingPage"] = new JsonObject { ["@id"] = e.Uri },
                            ["dcat:distribution"] = new JsonArray(
                                e.Distributions.Select(d =>
                                        (JsonNode)
                                            new JsonObject
                                            {
                                                ["@id"] = d.Url,
                                                ["@type"] = "dcat:Distribution",
                                                ["dct:title"] = $"{d.Title} ({d.Format})",
                                                ["dct:format"] = d.Format,
                                                ["dcat:mediaType"] = d.MediaType,
                                                ["dcat:downloadURL"] = new JsonObject { ["@id"] = d.Url },
                                                ["dcat:accessURL"] = new JsonObject { ["@id"] = d.Url },
                                                ["dct:license"] = new JsonObject { ["@id"] = Licence(e.Dataset) },
                                            }
                                    )
                                    .ToArray()
                            ),
                        }
                )
                .ToArray()
        );
        var catalogue = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = DcatNs.NamespaceName,
                ["dct"] = Dct.NamespaceName,
                ["foaf"] = Foaf.NamespaceName,
            },
            ["@id"] = $"{site}/donnees/catalogue.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = "Données ouvertes de la Communauté de Communes Sud Avesnois",
            ["dct:description"] = "Catalogue des jeux de données publiés par la CCSA, ses communes et ses partenaires.",
            ["dct:language"] = "fr",
            ["foaf:homepage"] = new JsonObject { ["@id"] = $"{site}/donnees" },
            ["dcat:dataset"] = datasets,
        };
        return Results.Text(catalogue.ToJsonString(), "application/ld+json; charset=utf-8");
    }

    public static async Task<IResult> RdfXmlAsync(CatalogueSearch search, PublicSite publicSite, HttpContext http)
    {
        var (site, entries) = await EntriesAsync(search, publicSite, http);
        var catalogue = new XElement(
            DcatNs + "Catalog",
            new XAttribute(Rdf + "about", $"{site}/donnees/catalogue.rdf"),
            new XElement(Dct + "title", "Données ouvertes de la Communauté de Communes Sud Avesnois"),
            new XElement(Dct + "language", "fr"),
            new XElement(Foaf + "homepage", new XAttribute(Rdf + "resource", $"{site}/donnees")),
            entries.Select(e => new XElement(DcatNs + "dataset", DatasetXml(e)))
        );
        var document = new XDocument(
            new XElement(
                Rdf + "RDF",
                new XAttribute(XNamespace.Xmlns + "rdf", Rdf),
                new XAttribute(XNamespace.Xmlns + "dcat", DcatNs),
                new XAttribute(XNamespace.Xmlns + "dct", Dct),
                new XAttribute(XNamespace.Xmlns + "foaf", Foaf),
                catalogue
            )
        );
        return Results.Text(
            document.Declaration + document.ToString(SaveOptions.DisableFormatting),
            "application/rdf+xml; charset=utf-8"
        );
    }

    private static XElement DatasetXml(Entry e) =>
        new(
            DcatNs + "Dataset",
            new XAttribute(Rdf + "about", e.Uri),
            new XElement(Dct + "identifier", e.Dataset.Slug),
            new XElement(Dct + "title", e.Dataset.Title),
            new XElement(Dct + "description", e.Dataset.Description),
            new XElement(DcatNs + "keyword", e.Dataset.Theme),
            new XElement(Dct + "issued", Date(e.Dataset.CreatedAt)),
            new XElement(Dct + "modified", Date(e.Dataset.UpdatedAt)),
            new XElement(Dct + "license", new XAttribute(Rdf + "resource", Licence(e.Dataset))),
            new XElement(
                Dct + "publisher",
                new XElement(Foaf + "Organization", new XElement(Foaf + "name", e.Dataset.OrganisationName))
            ),
            Frequencies.TryGetValue(e.Dataset.Frequency, out var f)
                ? new XElement(Dct + "accrualPeriodicity", new XAttribute(Rdf + "resource", f))
                : null,
            new XElement(DcatNs + "landingPage", new XAttribute(Rdf + "resource", e.Uri)),
            e.Distributions.Select(d => new XElement(
                DcatNs + "distribution",
                new XElement(
                    DcatNs + "Distribution",
                    new XAttribute(Rdf + "about", d.Url),
                    new XElement(Dct + "title", $"{d.Title} ({d.Format})"),
                    new XElement(Dct + "format", d.Format),
                    new XElement(DcatNs + "mediaType", d.MediaType),
                    new XElement(DcatNs + "downloadURL", new XAttribute(Rdf + "resource", d.Url)),
                    new XElement(DcatNs + "accessURL", new XAttribute(Rdf + "resource", d.Url)),
                    new XElement(Dct + "license", new XAttribute(Rdf + "resource", Licence(e.Dataset)))
                )
            ))
        );
}
