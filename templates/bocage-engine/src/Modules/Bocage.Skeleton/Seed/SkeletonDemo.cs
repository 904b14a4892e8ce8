using Bocage.Skeleton.Data;
using Bocage.Skeleton.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Skeleton.Seed;

/// <summary>Demo data of the Skeleton engine. Idempotent: the host seeds at every start of the demo.</summary>
internal static class SkeletonDemo
{
    public static readonly string[] ItemNames = ["Premier élément de démonstration", "Second élément de démonstration"];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SkeletonDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var existing = await db.Items.Select(i => i.Name).ToListAsync(cancellationToken);
        db.Items.AddRange(ItemNames.Except(existing).Select(name => Item.Create(name, now)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
