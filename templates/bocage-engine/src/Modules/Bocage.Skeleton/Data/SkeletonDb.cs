using Bocage.Kernel.Data;
using Bocage.Skeleton.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Skeleton.Data;

/// <summary>The Skeleton engine's tables, in schema <c>skeleton</c> (prefix <c>skeleton_</c> on SQLite).</summary>
internal sealed class SkeletonDb(DbContextOptions<SkeletonDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "skeleton";

    public override string Schema => SchemaName;

    public DbSet<Item> Items => Set<Item>();

    protected override void ConfigureEngine(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>(ItemConfiguration.Configure);
}
