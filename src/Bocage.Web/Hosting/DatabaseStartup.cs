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
        // Demo accounts have a published password: only in Development unless asked for.
        var seed = options.SeedDemo ?? app.Environment.IsDevelopment();
        var guarded = app.Environment.IsProduction() && !options.AllowDemoAccountsInProduction;
        if (seed && guarded)
        {
            throw Refusal(app, "Database:SeedDemo is true");
        }
        if (seed)
        {
            if (!app.Environment.IsDevelopment())
            {
                app.Logger.LogWarning(
                    "DEMO DATA IS ON in {Environment}: demo accounts with the password published in the README can sign in, administrator included. Switch Database:SeedDemo off for a real site.",
                    app.Environment.EnvironmentName
                );
            }
            await DatabasePreparation.SeedAllAsync(app.Services);
        }
        if (guarded && await DatabasePreparation.DemoAccountsExistAsync(app.Services))
        {
            throw Refusal(app, "demo accounts (@demo.sud-avesnois.fr) exist in the database");
        }
    }

    private static InvalidOperationException Refusal(WebApplication app, string reason)
    {
        var message =
            $"Refusing to start in Production: {reason}, and their password is public. Delete the demo accounts, "
            + "or set Database:AllowDemoAccountsInProduction=true for a deliberate demo site.";
        app.Logger.LogCritical("{Message}", message);
        return new InvalidOperationException(message);
    }
}
