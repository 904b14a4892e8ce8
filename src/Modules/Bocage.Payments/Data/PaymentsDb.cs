using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Data;

/// <summary>The Payments engine's tables, in schema <c>payments</c> (prefix <c>payments_</c> on SQLite).</summary>
internal sealed class PaymentsDb(DbContextOptions<PaymentsDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "payments";

    public override string Schema => SchemaName;

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
    }
}
