using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class OutboxMigrationTests
{
    public static TheoryData<DatabaseProvider, string, string, string> StoredNames()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "payments", "Bocage.Kernel.Invoicing.InvoiceSettled", "payments.invoice-settled.v1");
            data.Add(
                provider,
                "payments",
                "Bocage.Payments.Services.PaymentConfirmed",
                "payments.payment-confirmed.v1"
            );
            data.Add(provider, "procedures", "Bocage.Procedures.Filing.FileSubmitted", "procedures.file-submitted.v1");
            data.Add(
                provider,
                "procedures",
                "Bocage.Procedures.Domain.Filing.FileSubmitted",
                "procedures.file-submitted.v1"
            );
        }
        return data;
    }

    /// <summary>
    /// Takes the engine's schema back to the migration before per-handler deliveries, stores a row as the
    /// code of that time did (under the CLR name), and migrates forward again.
    /// </summary>
    [Theory, MemberData(nameof(StoredNames))]
    public async Task Events_stored_under_an_old_clr_name_are_renamed_to_their_contract_name(
        DatabaseProvider provider,
        string engine,
        string clrName,
        string contractName
    )
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false").With("Outbox:Enabled", "false");
        using var scope = app.Services.CreateScope();
        var db = scope
            .ServiceProvider.GetServices<EngineContextType>()
            .Select(c => scope.ServiceProvider.GetRequiredService(c.Type))
            .OfType<EngineDbContext>()
            .Single(c => c.Schema == engine);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[
            migrations.FindIndex(m => m.EndsWith("_OutboxDeliveries", StringComparison.Ordinal)) - 1
        ];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);

        var table = provider == DatabaseProvider.Postgres ? $"{engine}.outbox_messages" : $"{engine}_outbox_messages";
        var at = DateTime.UtcNow;
        // The table name is the test's own constant; the values go as parameters.
        var insert =
            "INSERT INTO "
            + table
            + " (type, payload, occurred_at, next_attempt_at, attempts) VALUES ({0}, {1}, {2}, {2}, 0)";
        await db.Database.ExecuteSqlRawAsync(insert, clrName, "{}", at);
        await migrator.MigrateAsync();

        Assert.Equal(contractName, await db.Outbox.AsNoTracking().Select(m => m.Type).SingleAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
