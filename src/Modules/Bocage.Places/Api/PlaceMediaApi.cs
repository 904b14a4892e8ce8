using Bocage.Kernel.Files;
using Bocage.Kernel.Web;
using Bocage.Places.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Api;

/// <summary>
/// A place's photos, panoramas and 3D models: <c>/annuaire/{slug}/medias/{id}/grand</c> (screens, or the model) and
/// <c>…/petit</c> (phones). Public, kept a year by browsers: a changed picture is a new media with a new id.
/// </summary>
internal static class PlaceMediaApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/annuaire/{slug}/medias/{id:guid}/{size:regex(^(grand|petit)$)}", FileAsync)
            .WithTags("Lieux")
            .WithName("PlaceMediaFile")
            .WithSummary("Une photo, un panorama à 360° ou un modèle 3D d'un lieu");

    private static async Task<IResult> FileAsync(
        string slug,
        Guid id,
        string size,
        PlacesDb db,
        FileStore files,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var media = await db
            .PlaceMedia.AsNoTracking()
            .Where(m => m.Id == id && db.Places.Any(p => p.Id == m.PlaceId && p.Slug == slug))
            .Select(m => new { m.FileId, m.SmallFileId })
            .SingleOrDefaultAsync(cancellationToken);
        var fileId = size == "petit" ? media?.SmallFileId ?? media?.FileId : media?.FileId;
        var opened = fileId is { } found ? await files.OpenAsync(found, cancellationToken) : null;
        return opened is null ? Results.NotFound() : PublicFiles.Serve(response, opened);
    }
}
