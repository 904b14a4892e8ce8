using System.Text.RegularExpressions;

namespace Bocage.Architecture.Tests;

/// <summary>
/// Engine views find partials and layouts by name at run time, so a name that only the host defines is a
/// dependency the compiler never sees: each name must be in the engine itself or in Bocage.Kernel.Web.
/// </summary>
public sealed partial class SharedUiTests
{
    private const string Library = "src/Bocage.Kernel.Web";

    // A folder that does not exist holds no view (the host's Pages/Shared has gone to the library).
    private static HashSet<string> ViewNames(string folder) =>
        !Directory.Exists(Repository.PathOf(folder))
            ? []
            : Repository
                .Files(folder, "*.cshtml")
                .Select(f => Path.GetFileNameWithoutExtension(f))
                .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(
        """<partial\s+name\s*=\s*["']([^"']+)["']|Html\.(?:Render)?Partial(?:Async)?\(\s*"([^"]+)"|\bLayout\s*=\s*"([^"]+)"|\bPartial\(\s*"([^"]+)"""
    )]
    private static partial Regex NamedView();

    [Fact]
    public void Engine_views_name_only_their_own_partials_or_the_shared_library()
    {
        var shared = ViewNames(Library);
        var named = 0;
        foreach (var engine in Projects.Engines())
        {
            var dir = Repository.Relative(Path.GetDirectoryName(engine)!);
            var own = ViewNames(dir);
            var sources = Repository.Files(dir, "*.cshtml").Concat(Repository.Files(dir, "*.cshtml.cs"));
            foreach (var file in sources)
            {
                foreach (Match m in NamedView().Matches(File.ReadAllText(file)))
                {
                    var name = Path.GetFileNameWithoutExtension(m.Groups.Values.Skip(1).First(g => g.Success).Value);
                    named++;
                    Assert.True(
                        own.Contains(name) || shared.Contains(name),
                        $"{Repository.Relative(file)} names « {name} », found neither in its engine nor in {Library}"
                    );
                }
            }
        }
        Assert.True(named > 0, "no partial or layout name found: the pattern is broken");
    }

    [Fact]
    public void The_host_does_not_shadow_the_shared_library()
    {
        // A host file at the same path would silently replace the library's for every engine.
        var host = ViewNames("src/Bocage.Web/Pages/Shared");
        Assert.Empty(host.Intersect(ViewNames(Path.Combine(Library, "Pages", "Shared"))));
        Assert.Contains("_Layout", ViewNames(Library));
    }

    [Fact]
    public void The_shared_library_references_only_the_kernel()
    {
        Assert.Equal(["Bocage.Kernel"], Projects.References(Repository.PathOf($"{Library}/Bocage.Kernel.Web.csproj")));
    }
}
