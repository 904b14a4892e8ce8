using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Data;

public static class EngineDbRegistration
{
    public const string SqliteMigrationsAssembly = "Bocage.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Bocage.Migrations.Postgres";

    public static DatabaseOptions ReadDatabaseOptions(this IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        var named = configuration.GetConnectionString("Bocage");
        if (!string.IsNullOrWhiteSpace(named))
        {
            options.ConnectionString = named;
        }
        return options;
    }

    /// <summary>Makes a relative SQLite file path relative to the content root and creates its folder.</summary>
    public static void AnchorSqliteFile(this DatabaseOptions options, string contentRoot)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString);
        if (builder.DataSource is ":memory:" || string.IsNullOrEmpty(builder.DataSource))
        {
            return;
        }
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        options.ConnectionString = builder.ToString();
    }

    /// <summary>
    /// Registers an engine's context on the configured provider, with its own schema and migrations
    /// history table, so that engines migrate independently.
    /// </summary>
    public static void AddEngineDb<TContext>(this IHostApplicationBuilder builder, string schema)
        where TContext : DbContext
    {
        var options = builder.Configuration.ReadDatabaseOptions();
        options.AnchorSqliteFile(builder.Environment.ContentRootPath);
        // The options depend on configuration only: built once, not on every request's scope.
        builder.Services.AddDbContext<TContext>(
            o => Configure(o, options, schema),
            ServiceLifetime.Scoped,
            ServiceLifetime.Singleton
        );
        builder.Services.AddSingleton(new EngineContextType(typeof(TContext)));
    }

    internal static void Configure(DbContextOptionsBuilder o, DatabaseOptions options, string schema)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            o.UseNpgsql(options.ConnectionString, n =>
                n.MigrationsAssembly(PostgresMigrationsAssembly).MigrationsHistoryTable("__migrations", schema)
            );
        }
        else
        {
            o.UseSqlite(options.ConnectionString, s =>
                s.MigrationsAssembly(SqliteMigrationsAssembly).MigrationsHistoryTable($"__migrations_{schema}")
            );
            o.AddInterceptors(SqlitePragmas.Instance);
        }
        o.UseSnakeCaseNamingConvention();
    }
}

/// <summary>
/// Marks a registered engine context, so that the kernel migrates every one (and drains the outbox of each <see
/// cref="EngineDbContext"/>).
/// </summary>
public sealed record EngineContextType(Type Type);
