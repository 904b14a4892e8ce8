using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Data.Data;

/// <summary>The Data engine's tables, in schema <c>data</c> (prefix <c>data_</c> on SQLite).</summary>
internal sealed class DataDb(DbContextOptions<DataDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "data";

    public override string Schema => SchemaName;

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
    }
}
