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
