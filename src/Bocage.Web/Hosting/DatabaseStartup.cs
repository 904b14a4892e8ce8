using Bocage.Kernel.Data;

namespace Bocage.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>Migrates and seeds as configured, before the first request is served.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.ReadDatabaseOptions();
        if (options.MigrateOnStartup)
        {
            await DatabasePreparation.MigrateAllAsync(app.Services);
        }
        if (options.SeedDemo)
        {
            await DatabasePreparation.SeedAllAsync(app.Services);
        }
    }
}
