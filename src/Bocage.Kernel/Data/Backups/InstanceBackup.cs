using System.Diagnostics;
using Bocage.Kernel.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Bocage.Kernel.Data.Backups;

/// <summary>
/// Backs up an instance into a directory and restores it from one: the database (SQLite through its online backup
/// API, consistent while the site serves; PostgreSQL through <c>pg_dump</c> in its custom format, restored by
/// <c>pg_restore</c>) and every stored file. A restore replaces the database's content and the file store's whole.
/// </summary>
public sealed class InstanceBackup(IConfiguration configuration, IHostEnvironment environment, FileStore files)
{
    public const string SqliteFile = "bocage.db";
    public const string PostgresFile = "bocage.pgdump";
    public const string FilesFolder = "files";

    private DatabaseOptions Database
    {
        get
        {
            var options = configuration.ReadDatabaseOptions();
            options.AnchorSqliteFile(environment.ContentRootPath);
            return options;
        }
    }

    /// <summary>Writes the backup into <paramref name="directory"/>, created if need be and empty.</summary>
    public async Task BackupAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        if (Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new InvalidOperationException($"« {directory} » n'est pas vide : choisissez un dossier vide.");
        }
        var database = Database;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            using var source = new SqliteConnection(database.ConnectionString);
            using var target = new SqliteConnection(Target(Path.Combine(directory, SqliteFile)));
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        else
        {
            await PostgresToolAsync(
                "pg_dump",
                ["--format=custom", "--no-owner", $"--file={Path.Combine(directory, PostgresFile)}"],
                database.ConnectionString,
                cancellationToken
            );
        }
        CopyTree(files.Root, Path.Combine(directory, FilesFolder));
    }

    /// <summary>Replaces the instance's database content and files with the backup's.</summary>
    public async Task RestoreAsync(string directory, CancellationToken cancellationToken = default)
    {
        var database = Database;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(directory, SqliteFile);
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"« {file} » manque : ce n'est pas une sauvegarde SQLite.");
            }
            using var source = new SqliteConnection(Target(file));
            using var target = new SqliteConnection(database.ConnectionString);
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            // Connections opened before hold the old pages in their caches.
            SqliteConnection.ClearAllPools();
        }
        else
        {
            await PostgresToolAsync(
                "pg_restore",
                ["--clean", "--if-exists", "--no-owner", "--single-transaction", Path.Combine(directory, PostgresFile)],
                database.ConnectionString,
                cancellationToken
            );
            NpgsqlConnection.ClearAllPools();
        }
        if (Directory.Exists(files.Root))
        {
            Directory.Delete(files.Root, recursive: true);
        }
        CopyTree(Path.Combine(directory, FilesFolder), files.Root);
    }

    /// <summary>A file of its own, not pooled: it is closed when the backup ends.</summary>
    private static string Target(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    /// <summary>
    /// Runs PostgreSQL's own tool on the configured database: its address as a connection string the tool reads,
    /// the password through <c>PGPASSWORD</c> rather than on the command line.
    /// </summary>
    private static async Task PostgresToolAsync(
        string tool,
        IEnumerable<string> arguments,
        string connectionString,
        CancellationToken cancellationToken
    )
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        var address = new[]
        {
            ("host", builder.Host),
            ("port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("dbname", builder.Database),
            ("user", builder.Username),
        }.Where(p => !string.IsNullOrEmpty(p.Item2));
        start.ArgumentList.Add("--dbname=" + string.Join(' ', address.Select(p => $"{p.Item1}={p.Item2}")));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{tool} n'a pas pu être lancé.");
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} a échoué ({process.ExitCode}) : {errors}");
        }
    }
}
