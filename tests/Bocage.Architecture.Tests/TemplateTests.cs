namespace Bocage.Architecture.Tests;

/// <summary>
/// <c>dotnet new bocage-engine</c> (templates/bocage-engine) gives an engine that follows the house
/// layout and builds once the host edits documented in templates/bocage-engine/README.md are made.
/// Runs in a copy of the repository with the template installed in a hive of its own, so neither the
/// checkout nor the machine's installed templates change. Slow (it builds the host): a few minutes.
/// </summary>
[Trait("Category", "Template")]
public sealed class TemplateTests : IDisposable
{
    // A name no real engine takes, so that the generated engine never meets one of the repository's.
    private const string Engine = "Sample";

    // Generous for a busy shared machine; a fresh build of the host takes two to three minutes on an idle one.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"bocage-template-{Guid.NewGuid():N}");

    private string Hive => _root + "-hive";

    private string PathIn(params string[] parts) => Path.Combine([_root, .. parts]);

    [Fact]
    public void A_generated_engine_follows_the_layout_and_builds_with_the_host()
    {
        RepositoryCopy.Make(Repository.Root, _root);
        DotnetCli.Run(
            _root,
            CommandTimeout,
            "new",
            "install",
            PathIn("templates", "bocage-engine"),
            "--debug:custom-hive",
            Hive
        );
        DotnetCli.Run(
            _root,
            CommandTimeout,
            "new",
            "bocage-engine",
            "-n",
            Engine,
            "-o",
            ".",
            "--debug:custom-hive",
            Hive
        );
        ApplyHostEdits();

        EngineLayoutTests.AssertLayout(PathIn("src", "Modules", $"Bocage.{Engine}"), Engine);
        AssertEveryPartIsThereWithNoSkeletonLeft();

        DotnetCli.Run(
            _root,
            BuildTimeout,
            "build",
            $"tests/Bocage.{Engine}.Tests/Bocage.{Engine}.Tests.csproj",
            "-nologo",
            "-v",
            "q",
            "-nodeReuse:false"
        );
        DotnetCli.Run(
            _root,
            BuildTimeout,
            "build",
            "tests/Bocage.EndToEnd/Bocage.EndToEnd.csproj",
            "-nologo",
            "-v",
            "q",
            "-nodeReuse:false"
        );
    }

    /// <summary>Exactly the commands and the Program.cs lines of templates/bocage-engine/README.md.</summary>
    private void ApplyHostEdits()
    {
        var engineProject = $"src/Modules/Bocage.{Engine}/Bocage.{Engine}.csproj";
        DotnetCli.Run(
            _root,
            CommandTimeout,
            "sln",
            "Bocage.slnx",
            "add",
            engineProject,
            $"src/Modules/Bocage.{Engine}.Contracts/Bocage.{Engine}.Contracts.csproj",
            $"tests/Bocage.{Engine}.Tests/Bocage.{Engine}.Tests.csproj"
        );
        foreach (
            var host in new[] { "src/Bocage.Web", "src/Bocage.Migrations.Sqlite", "src/Bocage.Migrations.Postgres" }
        )
        {
            DotnetCli.Run(_root, CommandTimeout, "add", host, "reference", engineProject);
        }

        var program = PathIn("src", "Bocage.Web", "Program.cs");
        var text = File.ReadAllText(program);
        var modules = text.IndexOf("builder.AddModules(", StringComparison.Ordinal);
        Assert.True(
            modules >= 0,
            "Program.cs no longer calls builder.AddModules(…): update the template's README and this test."
        );
        var end = text.IndexOf(");", modules, StringComparison.Ordinal);
        text = $"using Bocage.{Engine};\n" + text[..end] + $",\n    new {Engine}Module()" + text[end..];
        File.WriteAllText(program, text);

        var solution = File.ReadAllText(PathIn("Bocage.slnx"));
        Assert.Contains($"Bocage.{Engine}.Tests.csproj", solution, StringComparison.Ordinal);
        Assert.Contains($"Bocage.{Engine}.Contracts.csproj", solution, StringComparison.Ordinal);
    }

    private void AssertEveryPartIsThereWithNoSkeletonLeft()
    {
        string[] parts =
        [
            PathIn("src", "Modules", $"Bocage.{Engine}"),
            PathIn("src", "Modules", $"Bocage.{Engine}.Contracts"),
            PathIn("src", "Bocage.Migrations.Sqlite", Engine),
            PathIn("src", "Bocage.Migrations.Postgres", Engine),
            PathIn("tests", $"Bocage.{Engine}.Tests"),
            PathIn("tests", "Bocage.EndToEnd", "Journeys", Engine),
        ];
        foreach (var part in parts)
        {
            Assert.True(Directory.Exists(part), $"The template made no {Path.GetRelativePath(_root, part)}");
            foreach (var file in Directory.EnumerateFiles(part, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(_root, file);
                Assert.DoesNotContain("skeleton", relative, StringComparison.OrdinalIgnoreCase);
                Assert.True(
                    !File.ReadAllText(file).Contains("skeleton", StringComparison.OrdinalIgnoreCase),
                    $"{relative} still says Skeleton"
                );
            }
        }
        // One initial migration (with its designer file) and a snapshot per database.
        Assert.Equal(3, Directory.GetFiles(PathIn("src", "Bocage.Migrations.Sqlite", Engine), "*.cs").Length);
        Assert.Equal(3, Directory.GetFiles(PathIn("src", "Bocage.Migrations.Postgres", Engine), "*.cs").Length);
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _root, Hive })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
