using Bocage.Kernel.Web;
using Bocage.OpenData.Api.DcatAp;
using Bocage.OpenData.Api.Rdf;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Http;

namespace Bocage.OpenData.Api;

/// <summary>
/// The catalogue in DCAT-AP 3.0.1 (<see cref="DcatCatalogue"/>), for data.gouv.fr's harvester and the European
/// data portal: <c>/donnees/catalogue.jsonld</c> and <c>/donnees/catalogue.rdf</c>, one model written twice, and
/// the catalogue's IRI <c>/donnees/catalogue</c> sending to either by the Accept header.
/// </summary>
internal static class Dcat
{
    public const string LicenceOuverte = DcatVocabularies.LicenceOuverte;

    public static async Task<IResult> JsonLdAsync(
        CatalogueSearch search,
        RowStore store,
        PublicSite site,
        HttpContext http
    )
    {
        var catalogue = await BuildAsync(search, store, site, http.RequestAborted);
        return Results.Text(JsonLdWriter.Write(catalogue).ToJsonString(), "application/ld+json; charset=utf-8");
    }

    public static async Task<IResult> RdfXmlAsync(
        CatalogueSearch search,
        RowStore store,
        PublicSite site,
        HttpContext http
    )
    {
        var catalogue = await BuildAsync(search, store, site, http.RequestAborted);
        var document = RdfXmlWriter.Write(catalogue);
        return Results.Text(
            document.Declaration + "\n" + document.Root!.ToString(System.Xml.Linq.SaveOptions.DisableFormatting),
            "application/rdf+xml; charset=utf-8"
        );
    }

    private static async Task<RdfResource> BuildAsync(
        CatalogueSearch search,
        RowStore store,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        var all = await search.AllAsync(cancellationToken);
        var periods = await store.PeriodsAsync(all.Select(s => s.Dataset), cancellationToken);
        return DcatCatalogue.Build(all, periods, site);
    }

    /// <summary>The catalogue's IRI: RDF/XML for who asks for it, JSON-LD otherwise (303 See Other).</summary>
    public static IResult Negotiate(HttpContext http)
    {
        http.Response.Headers.Location = http
            .Request.Headers.Accept.ToString()
            .Contains("application/rdf+xml", StringComparison.Ordinal)
            ? "/donnees/catalogue.rdf"
            : "/donnees/catalogue.jsonld";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
