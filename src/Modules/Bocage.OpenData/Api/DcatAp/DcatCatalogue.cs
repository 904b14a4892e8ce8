using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.OpenData.Api.Rdf;
using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Api.DcatAp;

/// <summary>
/// The catalogue as DCAT-AP 3.0.1 describes one, for data.gouv.fr's harvester and the European data portal: one
/// catalogue IRI (<c>/donnees/catalogue</c>) for both serialisations, its publisher, language, licence, themes and
/// territory; each dataset with its publisher, contact point, communes covered, EU data theme, frequency and typed
/// dates, the period its rows cover; a distribution per export format (CSV, JSON, XLSX, GeoJSON) with its EU file type,
/// IANA media type, licence and description. Checked against the official SHACL shapes in test.sh.
/// </summary>
internal static class DcatCatalogue
{
    public const string Title = "Données ouvertes de la Communauté de Communes Sud Avesnois";
    private const string Territory = "Communauté de Communes Sud Avesnois";

    public static RdfResource Build(
        IReadOnlyList<DatasetSummary> all,
        IReadOnlyDictionary<Guid, (DateOnly Start, DateOnly End)> periods,
        PublicSite site
    )
    {
        var catalogue = new RdfResource(site.Absolute("/donnees/catalogue"), "dcat:Catalog")
            .Text("dct:title", Title, "fr")
            .Text(
                "dct:description",
                "Catalogue des jeux de données publiés par la Communauté de Communes Sud Avesnois, ses communes et "
                    + "ses partenaires.",
                "fr"
            )
            .Add("dct:publisher", Node(Publisher(site)))
            .Add("foaf:homepage", Node(new RdfResource(site.Absolute("/donnees"), "foaf:Document")))
            .Add("dct:language", Node(new RdfResource(DcatVocabularies.French, "dct:LinguisticSystem")))
            .Add("dct:license", Licence(DcatVocabularies.LicenceOuverte))
            .Add(
                "dcat:themeTaxonomy",
                Node(
                    new RdfResource(DcatVocabularies.DataThemes, "skos:ConceptScheme").Text(
                        "dct:title",
                        "Data theme",
                        "en"
                    )
                )
            )
            .Add("dct:spatial", Node(Place(site.Absolute("/communes"), Territory)));
        if (all.Count > 0)
        {
            catalogue.Add("dct:modified", DateTime(all.Max(s => s.Dataset.UpdatedAt)));
        }
        return catalogue.Add(
            "dcat:dataset",
            all.Select(s => (RdfValue)Node(DatasetOf(s, periods.TryGetValue(s.Dataset.Id, out var p) ? p : null, site)))
        );
    }

    private static RdfResource DatasetOf(
        DatasetSummary summary,
        (DateOnly Start, DateOnly End)? period,
        PublicSite site
    )
    {
        var d = summary.Dataset;
        var page = site.Absolute($"/donnees/{d.Slug}");
        var licence = DcatVocabularies.Licence(d.Licence);
        var dataset = new RdfResource(page, "dcat:Dataset")
            .Text("dct:identifier", d.Slug)
            .Text("dct:title", d.Title, "fr")
            .Text("dct:description", string.IsNullOrWhiteSpace(d.Description) ? d.Title : d.Description, "fr")
            .Text("dcat:keyword", d.Theme, "fr")
            .Add("dct:issued", DateTime(d.CreatedAt))
            .Add("dct:modified", DateTime(d.UpdatedAt))
            .Add("dct:language", Node(new RdfResource(DcatVocabularies.French, "dct:LinguisticSystem")))
            .Add("dct:publisher", Node(Organisation(d.OrganisationName)))
            .Add("dcat:contactPoint", Node(Contact(d, site)))
            .Add("dcat:landingPage", Node(new RdfResource(page, "foaf:Document")))
            .Add("dct:spatial", Node(Covered(summary, site)));
        if (licence is not null)
        {
            // On the dataset too: data.gouv.fr's harvester reads the licence there.
            dataset.Add("dct:license", Licence(licence));
        }
        if (DcatVocabularies.Theme(d.Theme) is { } theme)
        {
            dataset.Add(
                "dcat:theme",
                Node(new RdfResource(theme.Iri, "skos:Concept").Text("skos:prefLabel", theme.Label, "fr"))
            );
        }
        if (period is { } covered)
        {
            // The days the rows speak of, from their date and year columns.
            dataset.Add(
                "dct:temporal",
                Node(
                    new RdfResource(null, "dct:PeriodOfTime")
                        .Add("dcat:startDate", Date(covered.Start))
                        .Add("dcat:endDate", Date(covered.End))
                )
            );
        }
        if (DcatVocabularies.Frequency(d.Frequency) is { } frequency)
        {
            dataset.Add("dct:accrualPeriodicity", Node(new RdfResource(frequency, "dct:Frequency")));
        }
        foreach (var resource in d.Resources.Where(r => r.BatchId != Guid.Empty))
        {
            foreach (var format in ExportFormats.Of(resource))
            {
                dataset.Add("dcat:distribution", Node(Distribution(d, resource, format, licence, site)));
            }
        }
        return dataset;
    }

    private static RdfResource Distribution(
        Dataset dataset,
        Resource resource,
        string format,
        string? licence,
        PublicSite site
    )
    {
        var url = site.Absolute($"/api/donnees/{dataset.Slug}/{resource.Slug}/export.{format}");
        var distribution = new RdfResource(url, "dcat:Distribution")
            .Text("dct:title", $"{resource.Title} ({format.ToUpperInvariant()})", "fr")
            .Text(
                "dct:description",
                $"Toutes les lignes de « {resource.Title} » au format {format.ToUpperInvariant()}, "
                    + "filtrables par l'API (/api/donnees).",
                "fr"
            )
            .Add("dcat:accessURL", new RdfIri(url))
            .Add("dcat:downloadURL", new RdfIri(url))
            .Add("dct:format", Node(new RdfResource(DcatVocabularies.FileType(format), "dct:MediaTypeOrExtent")))
            .Add("dcat:mediaType", Node(new RdfResource(DcatVocabularies.MediaType(format), "dct:MediaType")));
        return licence is null ? distribution : distribution.Add("dct:license", Licence(licence));
    }

    private static RdfResource Publisher(PublicSite site) =>
        new RdfResource(site.Absolute("/communes#intercommunalite"), "foaf:Agent", "foaf:Organization")
            .Text("foaf:name", Territory, "fr")
            .Add(
                "dct:type",
                Node(
                    new RdfResource(DcatVocabularies.LocalAuthority, "skos:Concept").Text(
                        "skos:prefLabel",
                        "Local Authority",
                        "en"
                    )
                )
            );

    private static RdfResource Organisation(string name) =>
        new RdfResource(null, "foaf:Agent", "foaf:Organization").Text("foaf:name", name, "fr");

    private static RdfResource Contact(Dataset dataset, PublicSite site) =>
        new RdfResource(null, "vcard:Kind", "vcard:Organization")
            .Text("vcard:fn", dataset.OrganisationName)
            .Add(
                "vcard:hasURL",
                new RdfIri(site.Absolute($"/donnees?organisation={Uri.EscapeDataString(dataset.OrganisationName)}"))
            );

    private static RdfResource Covered(DatasetSummary summary, PublicSite site) =>
        summary.Dataset.CommuneInsee is null
            ? Place(site.Absolute("/communes"), Territory)
            : Place(site.Absolute($"/communes/{Slugs.From(summary.CommuneName)}"), summary.CommuneName);

    private static RdfResource Place(string iri, string name) =>
        new RdfResource(iri, "dct:Location").Text("skos:prefLabel", name, "fr");

    private static RdfValue Licence(string iri) => Node(new RdfResource(iri, "dct:LicenseDocument"));

    private static RdfNode Node(RdfResource resource) => new(resource);

    private static RdfLiteral Date(DateOnly day) =>
        new(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "xsd:date");

    private static RdfLiteral DateTime(System.DateTime utc) =>
        new(
            utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            "xsd:dateTime"
        );
}
