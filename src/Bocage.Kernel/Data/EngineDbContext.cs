using Bocage.Kernel.Contracts;
using Bocage.Kernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Data;

/// <summary>
/// Base of every engine's context: one schema per engine on PostgreSQL, a table prefix on SQLite
/// (which has no schemas), UTC times, and the engine's own outbox so that a domain event is written
/// in the same transaction as the change that raised it.
/// </summary>
public abstract class EngineDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The engine's schema name, lower case, e.g. <c>payments</c>.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>The delivery of each outbox message to each of its handlers.</summary>
    public DbSet<OutboxDelivery> Deliveries => Set<OutboxDelivery>();

    /// <summary>
    /// Adds a domain event to this context's outbox; it is saved with the next SaveChanges. Throws for an
    /// event type without <see cref="EventNameAttribute"/>: events are stored under their contract name.
    /// </summary>
    public void Raise(IDomainEvent domainEvent, DateTime nowUtc) => Outbox.Add(OutboxMessage.For(domainEvent, nowUtc));

    protected abstract void ConfigureEngine(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(OutboxMessage.Configure);
        modelBuilder.Entity<OutboxDelivery>(OutboxDelivery.Configure);
        ConfigureEngine(modelBuilder);
        EngineModel.Separate(modelBuilder, Schema, Database.IsNpgsql());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        EngineModel.StoreTimesAsUtc(configurationBuilder);
}
