using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Questions;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Data;

/// <summary>The Bookings engine's tables, in schema <c>bookings</c> (prefix <c>bookings_</c> on SQLite).</summary>
internal sealed class BookingsDb(DbContextOptions<BookingsDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "bookings";

    public override string Schema => SchemaName;

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<WaitingEntry> WaitingList => Set<WaitingEntry>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<Closure> Closures => Set<Closure>();

    public DbSet<Question> Questions => Set<Question>();

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Resource>(ResourceConfiguration.Configure);
        modelBuilder.Entity<Booking>(BookingConfiguration.Configure);
        modelBuilder.Entity<Session>(SessionConfiguration.Configure);
        modelBuilder.Entity<WaitingEntry>(SessionConfiguration.Configure);
        modelBuilder.Entity<CalendarFeed>(SessionConfiguration.Configure);
        modelBuilder.Entity<Closure>(ResourceConfiguration.Configure);
        modelBuilder.Entity<Question>(ResourceConfiguration.Configure);
    }
}
