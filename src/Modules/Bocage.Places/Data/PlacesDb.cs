using Bocage.Kernel.Data;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Circuits;
using Bocage.Places.Domain.Companies;
using Bocage.Places.Domain.Media;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Data;

/// <summary>The Places engine's tables, in schema <c>places</c> (prefix <c>places_</c> on SQLite).</summary>
internal sealed class PlacesDb(DbContextOptions<PlacesDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "places";

    public override string Schema => SchemaName;

    public DbSet<Place> Places => Set<Place>();

    public DbSet<Circuit> Circuits => Set<Circuit>();

    public DbSet<PlaceChange> PlaceChanges => Set<PlaceChange>();

    public DbSet<PlaceMedia> PlaceMedia => Set<PlaceMedia>();

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Place>(PlaceConfiguration.Configure);
        modelBuilder.Entity<Circuit>(CircuitConfiguration.Configure);
        modelBuilder.Entity<PlaceChange>(PlaceChangeConfiguration.Configure);
        modelBuilder.Entity<PlaceMedia>(PlaceMediaConfiguration.Configure);
    }
}
