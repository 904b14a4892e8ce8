using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bocage.Architecture.Tests;

public sealed partial class WebRulesTests
{
    private const string HostTexts = "src/Bocage.Web/Resources/SharedResource";

    private static Dictionary<string, string> Resources(string suffix) => Texts(HostTexts, suffix);

    private static Dictionary<string, string> Texts(string baseName, string suffix) =>
        XDocument
            .Load(Repository.PathOf($"{baseName}{suffix}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    /// <summary>Every family of texts: the host's, and each engine's own (src/Modules/X/Resources/XResource).</summary>
    private static IEnumerable<string> TextFamilies() =>
        Repository
            .Files("src", "*.resx")
            .Select(Repository.Relative)
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
            .Select(f => f[..^".resx".Length].Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>
    /// The texts a page's <c>T</c> reads: its engine's when it lives in an engine, the host's otherwise.
    /// </summary>
    private static string FamilyOf(string page)
    {
        var relative = Repository.Relative(page).Replace(Path.DirectorySeparatorChar, '/');
        if (!relative.StartsWith("src/Modules/", StringComparison.Ordinal))
        {
            return HostTexts;
        }
        var project = relative.Split('/')[2];
        return TextFamilies().Single(f => f.StartsWith($"src/Modules/{project}/", StringComparison.Ordinal));
    }

    [GeneratedRegex("""T\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|\sstyle\s*=|\son[a-z]+\s*=|<style""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();

    [Fact]
    public void Every_text_exists_in_French_English_and_Dutch()
    {
        Assert.Contains(HostTexts, TextFamilies());
        foreach (var family in TextFamilies())
        {
            var french = Texts(family, "");
            foreach (var suffix in new[] { ".en", ".nl" })
            {
                var other = Texts(family, suffix);
                Assert.Equal(french.Keys.Order(), other.Keys.Order());
                Assert.All(other, kv =>
                    Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{kv.Key} is empty in {family}{suffix}")
                );
                Assert.All(other, kv => Assert.Equal(Placeholders(french[kv.Key]), Placeholders(kv.Value)));
            }
        }
    }

    /// <summary>
    /// A text typed with « \n » for its line breaks reaches the person as those two characters: a resource file
    /// keeps real line breaks (six booking mails once read « Bonjour Anne,\n\nLe lieu… »).
    /// </summary>
    [Fact]
    public void No_text_holds_an_escaped_line_break()
    {
        foreach (var family in TextFamilies())
        {
            foreach (var suffix in new[] { "", ".en", ".nl" })
            {
                Assert.All(Texts(family, suffix), kv =>
                    Assert.False(kv.Value.Contains("\\n", StringComparison.Ordinal), $"{kv.Key} in {family}{suffix}")
                );
            }
        }
    }

    [Fact]
    public void Every_text_a_page_asks_for_exists()
    {
        var pages = Repository.Files("src", "*.cshtml").ToList();
        Assert.NotEmpty(pages);
        var families = new Dictionary<string, Dictionary<string, string>>();
        Dictionary<string, string> FrenchOf(string page)
        {
            var family = FamilyOf(page);
            return families.TryGetValue(family, out var texts) ? texts : families[family] = Texts(family, "");
        }

        var missing = pages
            .SelectMany(p => LiteralKey().Matches(File.ReadAllText(p)).Select(m => (Page: p, Key: m.Groups[1].Value)))
            .Where(x => !FrenchOf(x.Page).ContainsKey(x.Key))
            .Select(x => (Page: Repository.Relative(x.Page), x.Key))
            .ToList();

        Assert.True(
            missing.Count == 0,
            "Missing texts: " + string.Join(", ", missing.Select(m => $"{m.Key} ({m.Page})"))
        );
    }

    [Fact]
    public void Pages_hold_no_inline_script_style_or_event_handler()
    {
        var offending = Repository
            .Files("src", "*.cshtml")
            .Where(p => InlineCode().IsMatch(File.ReadAllText(p)))
            .Select(Repository.Relative)
            .ToList();

        Assert.True(offending.Count == 0, "Inline code breaks the CSP in: " + string.Join(", ", offending));
    }

    [Fact]
    public void Source_files_stay_small()
    {
        var large = Repository
            .Files("src", "*.cs")
            .Concat(Repository.Files("src", "*.cshtml"))
            .Where(f => !Repository.Relative(f).Contains("Migrations", StringComparison.Ordinal))
            .Select(f => (File: Repository.Relative(f), Lines: File.ReadLines(f).Count()))
            .Where(x => x.Lines > 300)
            .ToList();

        Assert.True(
            large.Count == 0,
            "Over 300 lines: " + string.Join(", ", large.Select(l => $"{l.File} ({l.Lines})"))
        );
    }

    [Fact]
    public void Every_refusal_and_role_of_a_company_has_its_text()
    {
        var french = Resources("");
        var keys = Enum.GetValues<Bocage.Kernel.Companies.CompanyError>()
            .Select(Bocage.Web.Accounts.CompanyErrors.KeyOf)
            .Concat(Enum.GetValues<Bocage.Kernel.Companies.CompanyRole>().Select(r => $"CompanyRole{r}"));

        Assert.DoesNotContain(keys, k => !french.ContainsKey(k));
    }

    // « {0:00} » and « {0} » are the same argument written two ways (English hours « 09:00 », French « 9 h »).
    private static string Placeholders(string text) =>
        string.Join(
            ",",
            Regex.Matches(text, @"\{(\d+)(?::[^}]*)?\}").Select(m => "{" + m.Groups[1].Value + "}").Distinct().Order()
        );
}
