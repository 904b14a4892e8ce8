using System.Text;
using System.Xml.Linq;
using Bocage.Kernel.Web;
using Bocage.Places.Data;
using Bocage.Places.Domain.Circuits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Api;

/// <summary>
/// A circuit's track to download: <c>/circuits/{slug}.gpx</c> (GPX 1.1) and <c>/circuits/{slug}.kml</c> (KML 2.2),
/// linked from its page; an unknown circuit is a plain 404.
/// </summary>
internal static class CircuitFilesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/circuits/{slug}.gpx", GpxAsync)
            .WithTags("Lieux")
            .WithName("CircuitGpx")
            .WithSummary("La trace d'un circuit en GPX 1.1");
        app.MapGet("/circuits/{slug}.kml", KmlAsync)
            .WithTags("Lieux")
            .WithName("CircuitKml")
            .WithSummary("La trace d'un circuit en KML 2.2");
    }

    private static Task<IResult> GpxAsync(string slug, PlacesDb db, PublicSite site, CancellationToken ct) =>
        FileAsync(
            slug,
            db,
            c => GpxDocument.Write(c, site.Absolute($"/circuits/{c.Slug}")),
            "application/gpx+xml",
            "gpx",
            ct
        );

    private static Task<IResult> KmlAsync(string slug, PlacesDb db, CancellationToken ct) =>
        FileAsync(slug, db, KmlDocument.Write, "application/vnd.google-earth.kml+xml", "kml", ct);

    private static async Task<IResult> FileAsync(
        string slug,
        PlacesDb db,
        Func<Circuit, XDocument> write,
        string contentType,
        string extension,
        CancellationToken cancellationToken
    )
    {
        var circuit = await db.Circuits.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (circuit is null)
        {
            return Results.NotFound();
        }
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            await write(circuit).SaveAsync(writer, SaveOptions.DisableFormatting, cancellationToken);
        }
        return Results.File(buffer.ToArray(), contentType, $"{circuit.Slug}.{extension}");
    }
}
