using System.Text.RegularExpressions;

namespace Bocage.Architecture.Tests;

/// <summary>Every engine has the same inside layout (docs/architecture.md, « One engine layout »).</summary>
public sealed partial class EngineLayoutTests
{
    /// <summary>Folders an engine may have at its top, beside its module, texts anchor and README.</summary>
    private static readonly HashSet<string> Folders =
    [
        "Domain",
        "Data",
        "Areas",
        "Pages",
        "Api",
        "Jobs",
        "Seed",
        "Resources",
        "wwwroot",
        "bin",
        "obj",
    ];

    public static TheoryData<string> Engines() => new(Projects.Engines().Select(Projects.EngineName));

    private static string DirOf(string engine) => Repository.PathOf(Path.Combine("src", "Modules", $"Bocage.{engine}"));

    /// <summary>
    /// Every rule below, on an engine's folder anywhere (the template's test checks a generated engine).
    /// </summary>
    internal static void AssertLayout(string dir, string engine)
    {
        HasOnlyTheFoldersAndFilesOfTheLayout(dir, engine);
        HasPagesInItsAreaAndItsContextInData(dir, engine);
        HasNamespacesFollowingFolders(dir, engine);
        HasAReadmeNamingPagesPermissionsAndEvents(dir, engine);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_engine_has_only_the_folders_and_files_of_the_layout(string engine) =>
        HasOnlyTheFoldersAndFilesOfTheLayout(DirOf(engine), engine);

    private static void HasOnlyTheFoldersAndFilesOfTheLayout(string dir, string engine)
    {
        var folders = Directory.GetDirectories(dir).Select(Path.GetFileName).ToList();
        Assert.All(folders, f =>
            Assert.True(Folders.Contains(f!), $"Bocage.{engine}/{f}/ is not a folder of the engine layout")
        );
        foreach (var required in new[] { "Domain", "Data" })
        {
            Assert.Contains(required, folders);
        }

        var files = Directory.GetFiles(dir).Select(Path.GetFileName).ToList();
        Assert.Contains($"{engine}Module.cs", files);
        Assert.Contains("README.md", files);
        Assert.All(files, f =>
            Assert.True(
                f == $"Bocage.{engine}.csproj"
                    || f == "README.md"
                    || f == $"{engine}Resource.cs"
                    || (
                        f!.StartsWith($"{engine}Module", StringComparison.Ordinal)
                        && f.EndsWith(".cs", StringComparison.Ordinal)
                    ),
                $"Bocage.{engine}/{f} belongs in a folder of the layout"
            )
        );
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Pages_live_in_the_engine_area_and_the_context_in_data(string engine) =>
        HasPagesInItsAreaAndItsContextInData(DirOf(engine), engine);

    private static void HasPagesInItsAreaAndItsContextInData(string dir, string engine)
    {
        var areas = Path.Combine(dir, "Areas");
        if (Directory.Exists(areas))
        {
            Assert.Equal([engine], Directory.GetDirectories(areas).Select(Path.GetFileName));
            Assert.Equal(["Pages"], Directory.GetDirectories(Path.Combine(areas, engine)).Select(Path.GetFileName));
        }
        Assert.True(
            File.Exists(Path.Combine(dir, "Data", $"{engine}Db.cs")),
            $"Bocage.{engine}/Data/{engine}Db.cs is missing"
        );
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Namespaces_follow_folders(string engine) => HasNamespacesFollowingFolders(DirOf(engine), engine);

    private static void HasNamespacesFollowingFolders(string dir, string engine)
    {
        foreach (var file in Repository.Files(dir, "*.cs"))
        {
            var match = NamespaceLine().Match(File.ReadAllText(file));
            if (!match.Success)
            {
                continue;
            }
            var folder = Path.GetRelativePath(dir, Path.GetDirectoryName(file)!);
            var expected =
                folder == "."
                    ? $"Bocage.{engine}"
                    : $"Bocage.{engine}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
            Assert.True(
                match.Groups[1].Value == expected,
                $"{Path.GetRelativePath(dir, file)}: namespace {match.Groups[1].Value}, expected {expected}"
            );
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_readme_names_pages_permissions_and_events(string engine) =>
        HasAReadmeNamingPagesPermissionsAndEvents(DirOf(engine), engine);

    private static void HasAReadmeNamingPagesPermissionsAndEvents(string dir, string engine)
    {
        var readme = File.ReadAllText(Path.Combine(dir, "README.md"));
        foreach (var heading in new[] { "## Pages", "## Permissions", "## Events" })
        {
            Assert.True(
                readme.Contains(heading, StringComparison.Ordinal),
                $"Bocage.{engine}/README.md has no « {heading} » section"
            );
        }
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
