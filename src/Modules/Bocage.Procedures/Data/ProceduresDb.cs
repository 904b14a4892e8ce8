using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>The Procedures engine's tables, in schema <c>procedures</c> (prefix <c>procedures_</c> on SQLite).</summary>
internal sealed class ProceduresDb(DbContextOptions<ProceduresDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "procedures";

    public override string Schema => SchemaName;

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
    }
}
