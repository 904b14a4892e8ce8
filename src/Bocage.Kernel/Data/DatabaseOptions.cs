namespace Bocage.Kernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the <c>Database</c> section and the <c>Bocage</c> connection string.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/bocage.db";

    /// <summary>Apply pending migrations when the application starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Insert the demo territory and its accounts, whose password is published (idempotent). Unset: in
    /// Development only, so that a production site never gets them by default.
    /// </summary>
    public bool? SeedDemo { get; set; }

    /// <summary>Let a Production site start although demo accounts exist (benchmarks, a public demo).</summary>
    public bool AllowDemoAccountsInProduction { get; set; }
}
