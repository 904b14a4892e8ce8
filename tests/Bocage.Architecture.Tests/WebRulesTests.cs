using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bocage.Architecture.Tests;

public sealed partial class WebRulesTests
{
    private static Dictionary<string, string> Resources(string suffix) =>
        XDocument.Load(Repository.PathOf($"src/Bocage.Web/Resources/SharedResource{suffix}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("""T\["([A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|\sstyle\s*=|\son[a-z]+\s*=|<style""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();

    [Fact]
    public void Every_text_exists_in_French_English_and_Dutch()
    {
        var french = Resources("");
        foreach (var suffix in new[] { ".en", ".nl" })
        {
            var other = Resources(suffix);
            Assert.Equal(french.Keys.Order(), other.Keys.Order());
            Assert.All(other, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{kv.Key} is empty in {suffix}"));
            Assert.All(other, kv => Assert.Equal(Placeholders(french[kv.Key]), Placeholders(kv.Value)));
        }
    }

    [Fact]
    public void Every_text_a_page_asks_for_exists()
    {
        var french = Resources("");
        var pages = Repository.Files("src", "*.cshtml").ToList();
        Assert.NotEmpty(pages);

        var missing = pages
            .SelectMany(p => LiteralKey().Matches(File.ReadAllText(p)).Select(m => (Page: Repository.Relative(p), Key: m.Groups[1].Value)))
            .Where(x => !french.ContainsKey(x.Key))
            .ToList();

        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing.Select(m => $"{m.Key} ({m.Page})")));
    }

    [Fact]
    public void Pages_hold_no_inline_script_style_or_event_handler()
    {
        var offending = Repository.Files("src", "*.cshtml")
            .Where(p => InlineCode().IsMatch(File.ReadAllText(p)))
            .Select(Repository.Relative)
            .ToList();

        Assert.True(offending.Count == 0, "Inline code breaks the CSP in: " + string.Join(", ", offending));
    }

    [Fact]
    public void Source_files_stay_small()
    {
        var large = Repository.Files("src", "*.cs").Concat(Repository.Files("src", "*.cshtml"))
            .Where(f => !Repository.Relative(f).Contains("Migrations", StringComparison.Ordinal))
            .Select(f => (File: Repository.Relative(f), Lines: File.ReadLines(f).Count()))
            .Where(x => x.Lines > 300)
            .ToList();

        Assert.True(large.Count == 0, "Over 300 lines: " + string.Join(", ", large.Select(l => $"{l.File} ({l.Lines})")));
    }

    [Fact]
    public void Every_refusal_and_role_of_a_company_has_its_text()
    {
        var french = Resources("");
        var keys = Enum.GetValues<Bocage.Kernel.Companies.CompanyError>().Select(Bocage.Web.Accounts.CompanyErrors.KeyOf)
            .Concat(Enum.GetValues<Bocage.Kernel.Companies.CompanyRole>().Select(r => $"CompanyRole{r}"));

        Assert.DoesNotContain(keys, k => !french.ContainsKey(k));
    }

    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order());
}
