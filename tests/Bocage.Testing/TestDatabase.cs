using Bocage.Kernel.Data;
using Npgsql;

namespace Bocage.Testing;

/// <summary>
/// A database of its own for one test host: a temporary SQLite file, or a fresh PostgreSQL database on
/// the throwaway cluster that test.sh starts (its admin connection string in BOCAGE_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "BOCAGE_TEST_POSTGRES";

    private readonly string? _file;
    private readonly string? _postgresName;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    private TestDatabase(DatabaseProvider provider, string connectionString, string? file, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _file = file;
        _postgresName = postgresName;
    }

    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"bocage-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file, null);
        }
        var admin = AdminConnectionString();
        var name = $"bocage_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    /// <summary>A new database holding what <paramref name="template"/> holds.</summary>
    public static TestDatabase CopyOf(TestDatabase template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"bocage-test-{Guid.NewGuid():N}.db");
            File.Copy(template._file!, file);
            return new TestDatabase(template.Provider, $"Data Source={file}", file, null);
        }
        var name = $"bocage_test_{Guid.NewGuid():N}";
        // PostgreSQL copies a database only while nobody is connected to it: a copy started at the same moment
        // by another test holds it for a fraction of a second.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Execute($"CREATE DATABASE {name} TEMPLATE {template._postgresName}");
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString()) { Database = name };
        return new TestDatabase(template.Provider, builder.ConnectionString, null, name);
    }

    /// <summary>Closes the pooled connections to this database, so that it can be copied whole.</summary>
    public void ReleaseConnections()
    {
        if (_file is not null)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
            // The last connection's close folds the write-ahead log into the file; make sure it did.
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
            connection.Close();
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException(
            $"{PostgresVariable} is not set: run the tests through ./test.sh, which starts a throwaway PostgreSQL."
        );

    public void Dispose()
    {
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_file + suffix);
            }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(AdminConnectionString());
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
