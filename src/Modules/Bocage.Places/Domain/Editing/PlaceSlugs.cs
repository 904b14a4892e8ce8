using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Editing;

/// <summary>The address of a new place's page: its name as a slug, numbered when another place has it.</summary>
internal static class PlaceSlugs
{
    public static async Task<string> FreeAsync(PlacesDb db, string name, CancellationToken cancellationToken)
    {
        var root = Slugs.FirstFree(name, [], Place.SlugMaxLength, "lieu");
        var taken = await db
            .Places.Where(p => p.Slug.StartsWith(root))
            .Select(p => p.Slug)
            .ToListAsync(cancellationToken);
        return Slugs.FirstFree(name, taken, Place.SlugMaxLength, "lieu");
    }
}
