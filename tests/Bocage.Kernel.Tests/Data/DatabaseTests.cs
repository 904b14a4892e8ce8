using Bocage.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Data;

public sealed class DatabaseTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Migrations_bring_an_empty_database_to_the_current_model(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            "the model has changes no migration captures: add a migration for both providers"
        );
        Assert.Equal(0, await db.Communes.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task No_engine_context_has_model_changes_without_a_migration(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetServices<EngineContextType>().Select(c => c.Type).Distinct().ToList();
        Assert.True(contexts.Count >= 2, "the kernel and the accounts have a context each");

        foreach (var type in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(
                db.Database.HasPendingModelChanges(),
                $"{type.Name} has changes no migration captures: add a migration for both providers"
            );
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_engine_keeps_its_tables_apart(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var tables = db.Model.GetEntityTypes().Select(e => (e.GetSchema(), e.GetTableName()!)).ToList();

        if (provider == DatabaseProvider.Postgres)
        {
            Assert.All(tables, t => Assert.Equal("kernel", t.Item1));
        }
        else
        {
            Assert.All(tables, t => Assert.StartsWith("kernel_", t.Item2));
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Seeding_twice_leaves_the_same_data(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var counts = async () =>
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            return (
                await db.Intercommunalities.CountAsync(),
                await db.Communes.CountAsync(),
                await db.Organisations.CountAsync(),
                await db.RoadmapActions.CountAsync(),
                await db.Communes.SumAsync(c => c.Population)
            );
        };
        var first = await counts();

        await DatabasePreparation.SeedAllAsync(app.Services);
        await DatabasePreparation.SeedAllAsync(app.Services);

        Assert.Equal((1, 12, 18, 29, 25782), first);
        Assert.Equal(first, await counts());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_module_switched_off_in_configuration_is_not_loaded(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Modules:Payments:Enabled", "false");

        var registry = app.Services.GetRequiredService<ModuleRegistry>();

        Assert.Contains(registry.Modules, m => m.Name == "Kernel");
        Assert.Contains(registry.Modules, m => m.Name == "Procedures");
        Assert.DoesNotContain(registry.Modules, m => m.Name == "Payments");
        // What a switched-off engine would have provided is absent, not half there: no contract, no pages.
        Assert.Null(app.Services.CreateScope().ServiceProvider.GetService<Bocage.Payments.Contracts.IInvoicing>());
        using var invoices = await app.CreateClient().GetAsync("/factures/payer");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, invoices.StatusCode);
    }
}
