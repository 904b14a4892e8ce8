using System.Globalization;
using System.Text;
using Bocage.Kernel.Data;
using Bocage.Kernel.Files;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Emblems;

/// <summary>
/// The communes' and the intercommunality's look, for everyone: each emblem (only files that are an emblem: the
/// store holds people's private files too) and one small stylesheet of their colours, since the CSP lets no page
/// carry a style of its own.
/// </summary>
internal static class IdentityEndpoints
{
    public static void MapTerritoryIdentity(this IEndpointRouteBuilder app)
    {
        var open = new Accounts.SecondFactorNotRequiredAttribute();
        app.MapGet("/territoire/embleme/{id:guid}.jpg", EmblemAsync).WithMetadata(open).ExcludeFromDescription();
        // Cached with the public pages: an agent's change drops both at once (PublicPageCache.RefreshAsync).
        app.MapGet(VisualIdentity.StylesheetPath, StylesheetAsync)
            .WithMetadata(open)
            .CacheOutput(Hosting.WebServices.PublicPagePolicy)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> EmblemAsync(
        Guid id,
        KernelDb db,
        FileStore files,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var isEmblem =
            await db.Communes.AnyAsync(c => c.Identity.EmblemFileId == id, cancellationToken)
            || await db.Intercommunalities.AnyAsync(i => i.Identity.EmblemFileId == id, cancellationToken);
        var opened = isEmblem ? await files.OpenAsync(id, cancellationToken) : null;
        return opened is null ? Results.NotFound() : PublicFiles.Serve(response, opened);
    }

    private static async Task<IResult> StylesheetAsync(
        KernelDb db,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Identity.Colour != null)
            .Select(c => new { c.Slug, c.Identity.Colour })
            .ToListAsync(cancellationToken);
        var intercommunalities = await db
            .Intercommunalities.AsNoTracking()
            .Where(i => i.Identity.Colour != null)
            .Select(i => new { i.Slug, i.Identity.Colour })
            .ToListAsync(cancellationToken);
        var css = new StringBuilder("/* Colours chosen by each commune's agents (/gestion/identite). */\n");
        // Slugs are [a-z0-9-] and colours « #rrggbb », both checked on the way in: nothing can break out of a rule.
        foreach (var entry in intercommunalities.Concat(communes).OrderBy(e => e.Slug, StringComparer.Ordinal))
        {
            css.Append(CultureInfo.InvariantCulture, $".identity--{entry.Slug} {{ --identity: {entry.Colour}; }}\n");
        }
        // A changed colour shows within five minutes, without a request per page for it.
        response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(css.ToString(), "text/css; charset=utf-8");
    }
}
