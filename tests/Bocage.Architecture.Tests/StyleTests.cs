using System.Text.RegularExpressions;

namespace Bocage.Architecture.Tests;

/// <summary>
/// What the formatter (CSharpier, checked by test.sh) and the compiler's style rules (.editorconfig) do not see:
/// line length in comments and strings, file size, types per file.
/// </summary>
public sealed partial class StyleTests
{
    private const int MaxLine = 120;
    private const int MaxFileLines = 300;

    /// <summary>
    /// The explicit exceptions to the 120 columns: a line whose string literal is itself long (a sentence shown to
    /// people, SQL, a URL, a test fixture) reads better whole than cut in pieces joined by <c>+</c>.
    /// </summary>
    private const int LongLiteral = 60;

    /// <summary>Source files the rules apply to: everything we write (EF Core generates the migrations).</summary>
    private static IEnumerable<string> Sources() =>
        new[] { "src", "tests", "templates" }
            .Where(folder => Directory.Exists(Repository.PathOf(folder)))
            .SelectMany(folder => Repository.Files(folder, "*.cs"))
            .Where(f => !Repository.Relative(f).Contains($"Bocage.Migrations.", StringComparison.Ordinal));

    [Fact]
    public void Lines_fit_in_120_columns_unless_a_long_literal_holds_them()
    {
        var offenders = Sources()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Number: i + 1, Line: line)))
            .Where(l => l.Line.Length > MaxLine && !HoldsLongLiteral(l.Line))
            .Select(l => $"{Repository.Relative(l.File)}:{l.Number} ({l.Line.Length} columns)")
            .ToList();

        Assert.True(offenders.Count == 0, $"Lines over {MaxLine} columns:\n{string.Join("\n", offenders.Take(50))}");
    }

    [Fact]
    public void Files_stay_under_300_lines()
    {
        var offenders = Sources()
            .Concat(Repository.Files("src", "*.cshtml"))
            .Select(f => (File: f, Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{Repository.Relative(f.File)} ({f.Lines} lines)")
            .ToList();

        Assert.True(offenders.Count == 0, $"Files over {MaxFileLines} lines:\n{string.Join("\n", offenders)}");
    }

    [Fact]
    public void A_file_holds_at_most_two_top_level_types()
    {
        var offenders = Sources()
            .Select(f => (File: f, Types: TopLevelType().Matches(File.ReadAllText(f)).Count))
            .Where(f => f.Types > 2)
            .Select(f => $"{Repository.Relative(f.File)} ({f.Types} types)")
            .ToList();

        Assert.True(
            offenders.Count == 0,
            $"One type per file, or a type and its small companion:\n{string.Join("\n", offenders)}"
        );
    }

    private static bool HoldsLongLiteral(string line) =>
        StringLiteral().Matches(line).Any(m => m.Length >= LongLiteral);

    /// <summary>A raw literal on one line (<c>"""…"""</c>), or a regular or verbatim one.</summary>
    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(
        @"^(?:public |internal |file )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|interface|enum|struct) \w+",
        RegexOptions.Multiline
    )]
    private static partial Regex TopLevelType();
}
