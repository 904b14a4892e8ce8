using Bocage.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bocage.Kernel.Data;

/// <summary>Migrates every engine's schema, then lets every module insert its demo data.</summary>
public static class DatabasePreparation
{
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        foreach (var context in scope.ServiceProvider.GetServices<EngineContextType>().Select(c => c.Type).Distinct())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Whether any demo account (an address of the demo domain, password published in the README) exists.
    /// </summary>
    public static async Task<bool> DemoAccountsExistAsync(
        IServiceProvider services,
        CancellationToken cancellationToken = default
    )
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Accounts.AccountsDb>();
        return await db.Users.AnyAsync(
            a => a.NormalizedEmail!.EndsWith(Accounts.DemoAccounts.NormalizedDomain),
            cancellationToken
        );
    }

    public static async Task SeedAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var registry = services.GetRequiredService<ModuleRegistry>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabasePreparation));
        foreach (var module in registry.Modules)
        {
            using var scope = services.CreateScope();
            await module.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
            logger.LogInformation("Demo data of {Module} in place", module.Name);
        }
    }
}
