using Bocage.Skeleton.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Skeleton.Api;

/// <summary>
/// The engine's JSON API, for machine clients only (people use the pages): <c>GET /api/skeleton</c>
/// lists the items. Documented in <c>/api/openapi.json</c> under the engine's tag.
/// </summary>
internal static class ItemsApi
{
    /// <summary>What the API shows of an item: a DTO, so that the stored entity can change freely.</summary>
    internal sealed record ItemDto(Guid Id, string Name, DateTime CreatedAtUtc);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/skeleton").WithTags("Skeleton");
        api.MapGet("/", ListAsync).WithName("SkeletonItems").WithSummary("Les éléments du moteur Skeleton");
    }

    private static async Task<Ok<List<ItemDto>>> ListAsync(SkeletonDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(
            await db
                .Items.AsNoTracking()
                .OrderBy(i => i.Name)
                .Select(i => new ItemDto(i.Id, i.Name, i.CreatedAtUtc))
                .ToListAsync(cancellationToken)
        );
}
