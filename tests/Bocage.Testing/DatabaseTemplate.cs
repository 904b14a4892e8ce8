using Bocage.Kernel.Data;

namespace Bocage.Testing;

/// <summary>
/// A database migrated and seeded once per test run and provider, with the files its seed stored (demo panoramas,
/// a commune's emblem): every later host starts from a copy of both instead of running the migrations and the demo
/// seed again, which cost seconds of processor per host. Copies are whole and separate: a test changes its own.
/// </summary>
public sealed class DatabaseTemplate
{
    private static readonly Dictionary<DatabaseProvider, Task<DatabaseTemplate>> Made = [];
    private static readonly Lock Gate = new();

    private readonly string _files;

    private DatabaseTemplate(TestDatabase database, string files)
    {
        Database = database;
        _files = files;
    }

    public TestDatabase Database { get; }

    public static DatabaseTemplate For(DatabaseProvider provider)
    {
        Task<DatabaseTemplate> making;
        lock (Gate)
        {
            if (!Made.TryGetValue(provider, out making!))
            {
                making = Task.Run(() => Make(provider));
                Made[provider] = making;
            }
        }
        return making.GetAwaiter().GetResult();
    }

    /// <summary>Copies the seed's stored files (not mails written by the host that made the template).</summary>
    public void CopyFilesTo(string root)
    {
        foreach (var file in Directory.EnumerateFiles(_files, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_files, file);
            if (relative.StartsWith("mail", StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static DatabaseTemplate Make(DatabaseProvider provider)
    {
        var factory = new BocageFactory(provider) { MakesTemplate = true };
        _ = factory.Services;
        var files = factory.FilesRoot;
        var database = factory.DisposeKeepingData();
        database.ReleaseConnections();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            database.Dispose();
            if (Directory.Exists(files))
            {
                Directory.Delete(files, recursive: true);
            }
        };
        return new DatabaseTemplate(database, files);
    }
}
