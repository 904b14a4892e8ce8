using System.Text.RegularExpressions;

namespace Bocage.Architecture.Tests;

/// <summary>The picture of engines and contracts in docs/architecture.md says what the project files say.</summary>
public sealed partial class ArchitectureDiagramTests
{
    [Fact]
    public void The_diagram_lists_every_project_with_its_references()
    {
        var doc = File.ReadAllText(Repository.PathOf("docs/architecture.md"));
        var block = Block().Match(doc);
        Assert.True(block.Success, "docs/architecture.md has no <!-- engines-diagram:start --> … end block");

        var drawn = Arrow()
            .Matches(block.Groups[1].Value)
            .ToDictionary(m => m.Groups[1].Value, m => Refs(m.Groups[2].Value));
        var expected = Projects
            .All()
            .Where(p =>
                Projects.NameOf(p).StartsWith("Bocage.Kernel", StringComparison.Ordinal)
                || Repository
                    .Relative(p)
                    .StartsWith($"src{Path.DirectorySeparatorChar}Modules", StringComparison.Ordinal)
            )
            .ToDictionary(Projects.NameOf, p => Projects.References(p).Order(StringComparer.Ordinal).ToList());

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), drawn.Keys.Order(StringComparer.Ordinal));
        foreach (var (project, references) in expected)
        {
            Assert.True(
                references.SequenceEqual(drawn[project]),
                $"{project}: the diagram shows [{string.Join(", ", drawn[project])}], the project references [{string.Join(", ", references)}]"
            );
        }
    }

    private static List<string> Refs(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(r => r != "(nothing)")
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"<!-- engines-diagram:start -->(.*?)<!-- engines-diagram:end -->", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>A line « Bocage.X ──> A, B » (or « ──> (nothing) »).</summary>
    [GeneratedRegex(@"^\s*(Bocage\.[\w.]+)\s+─+>\s*(.*)$", RegexOptions.Multiline)]
    private static partial Regex Arrow();
}
