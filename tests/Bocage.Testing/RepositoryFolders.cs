namespace Bocage.Testing;

/// <summary>The repository's folders, found from the test's own location (where Bocage.slnx is).</summary>
public static class RepositoryFolders
{
    public static readonly string Root = FindRoot();

    /// <summary>An official schema kept in <c>tests/standards</c> (its README names the source).</summary>
    public static string Standard(params string[] parts) => Path.Combine([Root, "tests", "standards", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bocage.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Bocage.slnx not found above the test binaries.");
    }
}
