using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Data;

/// <summary>
/// Keeps each engine's tables apart: its own schema on PostgreSQL, a name prefix on SQLite (which has
/// no schemas). Shared by <see cref="EngineDbContext"/> and the contexts that must derive from a
/// framework base class (the accounts' Identity context).
/// </summary>
public static class EngineModel
{
    public static void Separate(ModelBuilder modelBuilder, string schema, bool isPostgres)
    {
        if (isPostgres)
        {
            modelBuilder.HasDefaultSchema(schema);
            return;
        }
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            entity.SetTableName($"{schema}_{SnakeCase.Of(entity.GetTableName()!)}");
        }
    }

    /// <summary>Every stored time is UTC; SQLite gives it back without a kind unless told.</summary>
    public static void StoreTimesAsUtc(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
