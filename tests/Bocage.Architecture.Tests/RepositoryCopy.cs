namespace Bocage.Architecture.Tests;

/// <summary>
/// A copy of what a build needs (top-level files, src, tests, templates), without build outputs or local data.
/// </summary>
internal static class RepositoryCopy
{
    private static readonly string[] Folders = ["src", "tests", "templates"];

    private static readonly HashSet<string> Skipped = ["bin", "obj", "TestResults", ".vs", ".idea"];

    public static void Make(string root, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(root))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
        foreach (var folder in Folders)
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(destination, folder));
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        var name = Path.GetFileName(source);
        // The host's data folder holds the local SQLite database and uploaded files, not sources.
        if (
            Skipped.Contains(name)
            || (name == "data" && Path.GetFileName(Path.GetDirectoryName(source)) == "Bocage.Web")
        )
        {
            return;
        }
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.GetDirectories(source))
        {
            CopyFolder(folder, Path.Combine(destination, Path.GetFileName(folder)));
        }
    }
}
