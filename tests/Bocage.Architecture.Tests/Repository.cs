namespace Bocage.Architecture.Tests;

/// <summary>The repository's files, found from the test's own location.</summary>
internal static class Repository
{
    public static readonly string Root = Bocage.Testing.RepositoryFolders.Root;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory
            .EnumerateFiles(PathOf(folder), pattern, SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
            );

    public static string Relative(string path) => Path.GetRelativePath(Root, path);
}
