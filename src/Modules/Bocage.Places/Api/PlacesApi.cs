using System.Text;
using System.Text.Json.Nodes;
using Bocage.Bookings.Contracts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.Places.Data;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Api;

/// <summary>
/// The directory for machines: <c>GET /api/lieux</c> (the page's filters, paged, as JSON or GeoJSON) and the
/// mediation places in the national schema (<c>/api/lieux/mediation-numerique.csv</c> and <c>.json</c>), the tourist
/// places and coming events in DATAtourisme's ontology (<c>/api/lieux/datatourisme.jsonld</c>).
/// Documented in <c>/api/openapi.json</c> under the « Lieux » tag.
/// </summary>
internal static class PlacesApi
{
    /// <summary>What the API shows of a place: a DTO, so that the stored entity can change freely.</summary>
    internal sealed record PlaceDto(
        string Slug,
        string Name,
        string Kind,
        string CommuneInsee,
        string Commune,
        string Address,
        double Latitude,
        double Longitude,
        string Summary,
        string OpeningHours,
        bool StepFree,
        string Url
    );

    internal sealed record PlaceListDto(int Total, int Page, int Pages, IReadOnlyList<PlaceDto> Places);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/lieux").WithTags("Lieux");
        api.MapGet("/", ListAsync)
            .WithName("PlacesList")
            .WithSummary("L'annuaire des lieux du territoire, filtré et paginé (JSON, ou GeoJSON avec format=geojson)")
            .Produces<PlaceListDto>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        api.MapGet("/mediation-numerique.csv", MediationCsvAsync)
            .WithName("PlacesMediationCsv")
            .WithSummary("Les lieux de médiation numérique au schéma national 1.0.1 (CSV)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/mediation-numerique.json", MediationJsonAsync)
            .WithName("PlacesMediationJson")
            .WithSummary("Les lieux de médiation numérique au schéma national 1.0.1 (JSON)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        api.MapGet("/datatourisme.jsonld", DataTourismeAsync)
            .WithName("PlacesDataTourisme")
            .WithSummary("Les lieux touristiques et les événements à venir dans l'ontologie DATAtourisme (JSON-LD)")
            .Produces(StatusCodes.Status200OK, contentType: "application/ld+json");
    }

    private static async Task<IResult> ListAsync(
        PlaceDirectory directory,
        TerritoryNames territory,
        PublicSite site,
        string? section,
        string? type,
        string? commune,
        string? theme,
        string? q,
        bool? ouvert,
        bool? accessible,
        int? page,
        string? format,
        CancellationToken cancellationToken
    )
    {
        PlaceKind? kind = Enum.TryParse<PlaceKind>(type, true, out var k) ? k : null;
        var filter = new PlaceFilter(
            Section: section switch
            {
                "tourisme" => PlaceSection.Tourism,
                "entreprises" => PlaceSection.Business,
                _ => PlaceSection.All,
            },
            Kind: kind,
            CommuneInsee: commune,
            Theme: theme,
            Text: q,
            OpenNow: ouvert == true,
            StepFree: accessible == true,
            Page: Math.Clamp(page ?? 1, 1, 10_000)
        );
        var found = await directory.FindAsync(filter, cancellationToken);
        var names = await territory.GetAsync(cancellationToken);
        var dtos = found.Places.Select(p => Dto(p, names, site)).ToList();
        if (string.Equals(format, "geojson", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Text(GeoJson(dtos).ToJsonString(), "application/geo+json", Encoding.UTF8);
        }
        return TypedResultsJson(new PlaceListDto(found.Total, found.Page, found.Pages, dtos));
    }

    private static IResult TypedResultsJson(PlaceListDto list) => Results.Json(list);

    private static PlaceDto Dto(Place p, CollectivityNames names, PublicSite site) =>
        new(
            p.Slug,
            p.Details.Name,
            p.Details.Kind.ToString(),
            p.Details.CommuneInsee,
            names.Commune(p.Details.CommuneInsee),
            $"{p.Details.Street}, {p.Details.PostalCode} {names.Commune(p.Details.CommuneInsee)}",
            p.Details.Latitude,
            p.Details.Longitude,
            p.Details.Summary.Fr,
            p.Details.OpeningHours,
            p.Details.StepFree,
            site.Absolute($"/annuaire/{p.Slug}")
        );

    private static JsonObject GeoJson(IEnumerable<PlaceDto> places) =>
        new()
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(
                places
                    .Select(p =>
                        (JsonNode)
                            new JsonObject
                            {
                                ["type"] = "Feature",
                                ["geometry"] = new JsonObject
                                {
                                    ["type"] = "Point",
                                    ["coordinates"] = new JsonArray(p.Longitude, p.Latitude),
                                },
                                ["properties"] = new JsonObject
                                {
                                    ["slug"] = p.Slug,
                                    ["nom"] = p.Name,
                                    ["type"] = p.Kind,
                                    ["commune"] = p.Commune,
                                    ["url"] = p.Url,
                                },
                            }
                    )
                    .ToArray()
            ),
        };

    private static async Task<List<IReadOnlyDictionary<string, object?>>> MediationRecordsAsync(
        PlacesDb db,
        TerritoryNames territory,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        var names = await territory.GetAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        return places
            .Where(MediationExport.Includes)
            .Select(p =>
                MediationExport.Record(p, names.Commune(p.Details.CommuneInsee), site.Absolute($"/annuaire/{p.Slug}"))
            )
            .ToList();
    }

    private static async Task<IResult> MediationCsvAsync(
        PlacesDb db,
        TerritoryNames territory,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        var records = await MediationRecordsAsync(db, territory, site, cancellationToken);
        var csv = Encoding.UTF8.GetBytes(MediationExport.Csv(records));
        return Results.File(csv, "text/csv; charset=utf-8", "lieux-de-mediation-numerique.csv");
    }

    private static async Task<IResult> MediationJsonAsync(
        PlacesDb db,
        TerritoryNames territory,
        PublicSite site,
        CancellationToken cancellationToken
    )
    {
        var records = await MediationRecordsAsync(db, territory, site, cancellationToken);
        // The national tools read flat records with the schema's keys, empty optional keys left out.
        return Results.Json(
            records.Select(r => r.Where(kv => kv.Value is not "").ToDictionary(kv => kv.Key, kv => kv.Value))
        );
    }

    private static async Task<IResult> DataTourismeAsync(
        PlacesDb db,
        TerritoryNames territory,
        PublicSite site,
        HoursWording hours,
        IEnumerable<IBookingCatalog> bookings,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var names = await territory.GetAsync(cancellationToken);
        var kinds = PlaceTypes.In(PlaceSection.Tourism);
        var places = await db
            .Places.AsNoTracking()
            .Where(p => kinds.Contains(p.Details.Kind))
            .OrderBy(p => p.Slug)
            .ToListAsync(cancellationToken);
        // The coming year's events, when the bookings engine runs.
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = bookings.FirstOrDefault() is { } catalog
            ? await catalog.SessionsAsync(now, now.AddYears(1), cancellationToken)
            : [];
        var source = new DataTourismeSource(
            names.Intercommunality,
            site.Absolute("/"),
            names.Commune,
            site.Absolute,
            (language, text) => MailCulture.Render(language, () => hours.Describe(text))
        );
        return Results.Text(
            DataTourismeExport.Document(places, sessions, source).ToJsonString(),
            "application/ld+json",
            Encoding.UTF8
        );
    }
}
