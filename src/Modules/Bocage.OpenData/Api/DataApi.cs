using Bocage.Kernel.Web;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Api;

/// <summary>
/// The open-data API: <c>/api/donnees</c> (catalogue), <c>/api/donnees/{jeu}</c> (metadata),
/// <c>/api/donnees/{jeu}/{ressource}/lignes</c> (a page of rows, filtered and sorted) and
/// <c>/api/donnees/{jeu}/{ressource}/export.{csv|json|geojson|xlsx}</c> (everything, streamed).
/// </summary>
internal static class DataApi
{
    public const string RateLimitPolicy = "data-api";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/donnees")
            .WithTags("Données ouvertes")
            .RequireRateLimiting(RateLimitPolicy)
            .WithProblems();
        api.MapGet("/", ListAsync)
            .WithName("DataCatalogue")
            .WithSummary("Catalogue des jeux de données")
            .Produces<IReadOnlyList<ApiDataset>>(StatusCodes.Status200OK, "application/json");
        api.MapGet("/{dataset}", DatasetAsync)
            .WithName("DataDataset")
            .Produces<ApiDataset>(StatusCodes.Status200OK, "application/json")
            .WithSummary("Description d'un jeu de données et de ses ressources");
        api.MapGet("/{dataset}/{resource}/lignes", RowsAsync)
            .WithName("DataRows")
            .Produces<RowsPage>(StatusCodes.Status200OK, "application/json")
            .AddOpenApiOperationTransformer(RowParameters.DescribeAsync)
            .WithSummary(
                "Lignes d'une ressource : filtres {colonne}=, {colonne}__contient=, __min=, __max= ; tri=[-]colonne ; page, taille (≤ 1000) ; champs=a,b"
            );
        api.MapGet("/{dataset}/{resource}/export.{format}", ExportAsync)
            .WithName("DataExport")
            .Produces(
                StatusCodes.Status200OK,
                null,
                "text/csv",
                "application/json",
                "application/geo+json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
            .AddOpenApiOperationTransformer(RowParameters.DescribeAsync)
            .WithSummary("Export complet (csv, json, geojson, xlsx), mêmes filtres, diffusé ligne à ligne");
        app.MapGet("/donnees/catalogue.jsonld", Dcat.JsonLdAsync)
            .WithName("DcatJsonLd")
            .WithTags("Données ouvertes")
            .WithSummary("Catalogue DCAT-AP en JSON-LD");
        app.MapGet("/donnees/catalogue.rdf", Dcat.RdfXmlAsync)
            .WithName("DcatRdfXml")
            .WithTags("Données ouvertes")
            .WithSummary("Catalogue DCAT-AP en RDF/XML");
        app.MapGet("/donnees/catalogue", Dcat.Negotiate)
            .WithName("DcatCatalogue")
            .WithTags("Données ouvertes")
            .WithSummary("Le catalogue DCAT-AP (redirige vers JSON-LD ou RDF/XML selon Accept)");
        app.MapGet(DatasetFeed.Path, DatasetFeed.AtomAsync)
            .WithName("DatasetFeed")
            .WithTags("Données ouvertes")
            .WithSummary("Flux Atom des jeux de données publiés ou mis à jour");
    }

    private static async Task<IResult> ListAsync(
        CatalogueSearch search,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        var all = await search.AllAsync(cancellationToken);
        return Results.Json(all.Select(s => ApiDataset.Of(s.Dataset, s.CommuneName, site.Root)).ToList());
    }

    private static async Task<IResult> DatasetAsync(
        string dataset,
        CatalogueSearch search,
        IStringLocalizer<OpenDataResource> text,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        var found = await search.FindAsync(dataset, cancellationToken);
        return found is { } f
            ? Results.Json(ApiDataset.Of(f.Dataset, f.CommuneName, site.Root))
            : ApiProblems.NotFound(text, "Api_DatasetNotFound");
    }

    private static async Task<IResult> RowsAsync(
        string dataset,
        string resource,
        CatalogueSearch search,
        RowStore store,
        IStringLocalizer<OpenDataResource> text,
        HttpContext http,
        CancellationToken cancellationToken
    )
    {
        var (found, problem) = await ResolveAsync(search, text, dataset, resource, cancellationToken);
        if (found is null)
        {
            return problem!;
        }
        var (query, unknown) = RowQuery.Parse(http.Request.Query, found.Fields);
        if (unknown.Count > 0)
        {
            return ApiProblems.Invalid(text, UnknownColumns(text, unknown));
        }
        var total = await store.CountAsync(found, query, cancellationToken);
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var row in store.ReadAsync(found, query, paged: true, cancellationToken, lookAhead: true))
        {
            rows.Add(RowWriters.ToDictionary(query.Fields, row));
        }
        var more = rows.Count > query.PageSize;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var path = $"/api/donnees/{dataset}/{resource}/lignes";
        var next = more ? path + (query with { Page = query.Page + 1 }).ToQueryString() : null;
        // Beyond the cap the total is a floor ("at least"), said by totalExact = false.
        return Results.Json(new RowsPage(total.Count, !total.AtLeast, query.Page, query.PageSize, rows, next));
    }

    private static async Task ExportAsync(
        string dataset,
        string resource,
        string format,
        CatalogueSearch search,
        RowStore store,
        ExportFiles exports,
        IStringLocalizer<OpenDataResource> text,
        HttpContext http,
        CancellationToken cancellationToken
    )
    {
        var (found, problem) = await ResolveAsync(search, text, dataset, resource, cancellationToken);
        if (found is null)
        {
            await problem!.ExecuteAsync(http);
            return;
        }
        var (query, unknown) = RowQuery.Parse(http.Request.Query, found.Fields);
        format = format.ToLowerInvariant();
        if (
            unknown.Count > 0
            || format is not ("csv" or "json" or "geojson" or "xlsx")
            || (format == "geojson" && !found.HasGeometry)
        )
        {
            await ApiProblems
                .Invalid(text, unknown.Count > 0 ? UnknownColumns(text, unknown) : text["Api_UnknownFormat"])
                .ExecuteAsync(http);
            return;
        }
        var contentType =
            format == "xlsx" ? ExportFormats.MediaType(format) : ExportFormats.MediaType(format) + "; charset=utf-8";
        var fileName = $"{dataset}-{resource}.{format}";
        var all = query.Fields.Count == found.Fields.Count;
        var write = Writer(format, query, all, store, found);
        if (
            query.Filters.Count == 0
            && query.Sort is null
            && query.Fields.Select(f => f.Name).SequenceEqual(found.Fields.Select(f => f.Name))
        )
        {
            // The whole published version: one file per version, written on its first download, served with Range and
            // validators.
            var file = await exports.GetOrWriteAsync(found.Id, found.BatchId, format, write, cancellationToken);
            await ExportFileResponse.SendAsync(
                http,
                file,
                contentType,
                fileName,
                $"\"{found.BatchId:N}.{format}\"",
                cancellationToken
            );
            return;
        }
        var response = http.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        if (format != "xlsx")
        {
            await write(response.Body, cancellationToken);
            return;
        }
        var path = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var temporary = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                await write(temporary, cancellationToken);
            }
            await response.SendFileAsync(path, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Func<Stream, CancellationToken, Task> Writer(
        string format,
        RowQuery query,
        bool all,
        RowStore store,
        Resource found
    ) =>
        (body, cancellationToken) =>
        {
            var rows = store.ReadAsync(found, query, paged: false, cancellationToken);
            return format switch
            {
                "csv" => RowWriters.CsvAsync(body, query.Fields, rows, cancellationToken),
                "json" => RowWriters.JsonAsync(body, query.Fields, all, rows, cancellationToken),
                "geojson" => RowWriters.GeoJsonAsync(body, query.Fields, all, rows, cancellationToken),
                _ => RowWriters.XlsxAsync(body, query.Fields, rows, cancellationToken),
            };
        };

    private static async Task<(Resource? Resource, IResult? Problem)> ResolveAsync(
        CatalogueSearch search,
        IStringLocalizer<OpenDataResource> text,
        string dataset,
        string resource,
        CancellationToken cancellationToken
    )
    {
        var found = await search.FindAsync(dataset, cancellationToken);
        var match = found?.Dataset.Resources.FirstOrDefault(r => r.Slug == resource && r.BatchId != Guid.Empty);
        return match is null ? (null, ApiProblems.NotFound(text, "Api_ResourceNotFound")) : (match, null);
    }

    /// <summary>« Colonne inconnue : x. » for each, in the reader's language; the preview page says them too.</summary>
    public static string UnknownColumns(IStringLocalizer<OpenDataResource> text, IEnumerable<string> names) =>
        string.Join(" ", names.Select(n => text["Api_UnknownColumn", n].Value));
}
