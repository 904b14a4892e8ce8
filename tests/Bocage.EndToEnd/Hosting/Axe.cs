using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>Runs axe-core on the page for WCAG 2.1 A and AA, and fails with what a developer needs to fix it.</summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(
            new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            }
        );
        // axe checked something: a page where no rule ran would pass for the wrong reason.
        Assert.True(result.Passes.Length > 0, $"axe-core ran no rule on {page.Url}.");
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe-core found accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append($"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var check in checks.Where(c => !string.IsNullOrWhiteSpace(c.Message)))
                {
                    text.AppendLine().Append($"      {check.Id}: {check.Message}");
                }
            }
        }
        return text.ToString();
    }
}
