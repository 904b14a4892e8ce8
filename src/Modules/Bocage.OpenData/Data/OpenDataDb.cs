using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Data;

/// <summary>
/// The Data engine's tables, in schema <c>data</c> (prefix <c>data_</c> on SQLite). The catalogue
/// (datasets, resources, rows) and the observatory and map (indicators, values, layers, coverage
/// reports) configure their own parts in their own files.
/// </summary>
internal sealed partial class OpenDataDb(DbContextOptions<OpenDataDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "data";

    public override string Schema => SchemaName;

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
        ConfigureCatalogue(modelBuilder);
        ConfigureObservatory(modelBuilder);
    }

    partial void ConfigureCatalogue(ModelBuilder modelBuilder);

    partial void ConfigureObservatory(ModelBuilder modelBuilder);
}
