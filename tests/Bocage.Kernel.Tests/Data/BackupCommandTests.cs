using System.Data.Common;
using System.Security.Cryptography;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Data;

/// <summary>
/// An operator backs up a populated instance with <c>backup dir</c> and restores it into a fresh one with
/// <c>restore dir</c>: every table holds as many rows, every stored file the same bytes, and the audit log's chain
/// still verifies.
/// </summary>
public sealed class BackupCommandTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_backup_restored_into_a_fresh_instance_holds_every_row_and_file(DatabaseProvider provider)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"bocage-backup-{Guid.NewGuid():N}");
        await using var source = new BocageFactory(provider);
        await using (var scope = source.Services.CreateAsyncScope())
        {
            await TestAccounts.CreateConfirmedAsync(
                source.Services,
                "sauvegarde@example.fr",
                "Rose",
                "Delattre",
                "Bocage-demo-2026"
            );
            await scope
                .ServiceProvider.GetRequiredService<FileStore>()
                .SaveDerivedAsync(
                    "une photo"u8.ToArray(),
                    "photo.jpg",
                    FileKind.Jpeg,
                    "Tests",
                    "test",
                    DateTime.UtcNow
                );
            await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync("test", "backup.before", "instance");
        }

        // What the mails of those events write lands before the backup, not between it and the comparison.
        await source.Services.SettleOutboxAsync();
        var (backedUp, backupOutput) = await HostCommand.RunAsync(
            ["backup", directory],
            provider,
            source.ConnectionString,
            source.FilesRoot
        );
        Assert.True(backedUp == 0, backupOutput);
        Assert.Contains("Sauvegarde écrite", backupOutput);
        var (again, refusal) = await HostCommand.RunAsync(
            ["backup", directory],
            provider,
            source.ConnectionString,
            source.FilesRoot
        );
        Assert.NotEqual(0, again);
        Assert.Contains("n'est pas vide", refusal);

        await using var target = new BocageFactory(provider);
        _ = target.Services;
        Assert.NotEqual(await CountsAsync(source), await CountsAsync(target));
        var (restored, restoreOutput) = await HostCommand.RunAsync(
            ["restore", directory],
            provider,
            target.ConnectionString,
            target.FilesRoot
        );
        Assert.True(restored == 0, restoreOutput);

        Assert.Equal(await CountsAsync(source), await CountsAsync(target));
        Assert.Equal(Hashes(source.FilesRoot), Hashes(target.FilesRoot));
        Assert.Contains(Hashes(target.FilesRoot).Values, h => h == Convert.ToHexString(SHA256.HashData("une photo"u8)));
        var (verified, verifyOutput) = await HostCommand.RunAsync(
            ["audit", "verify"],
            provider,
            target.ConnectionString
        );
        Assert.True(verified == 0, verifyOutput);
        Assert.Contains("Journal d'audit intègre", verifyOutput);
    }

    /// <summary>Every table of the instance (every engine's schema) with its row count, by name.</summary>
    private static async Task<SortedDictionary<string, long>> CountsAsync(BocageFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<KernelDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText =
                app.Provider == DatabaseProvider.Sqlite
                    ? "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    : "SELECT '\"' || table_schema || '\".\"' || table_name || '\"' FROM information_schema.tables "
                        + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await CountAsync(connection, table);
        }
        return counts;
    }

    private static async Task<long> CountAsync(DbConnection connection, string table)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each stored file by its path under the root, with the SHA-256 of its bytes.</summary>
    private static SortedDictionary<string, string> Hashes(string root) =>
        new(
            Directory
                .EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(
                    f => Path.GetRelativePath(root, f),
                    f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))
                ),
            StringComparer.Ordinal
        );
}
