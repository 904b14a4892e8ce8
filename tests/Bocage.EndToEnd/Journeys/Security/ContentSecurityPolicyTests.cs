using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Security;

public sealed class ContentSecurityPolicyTests(BrowserHost host) : BrowserTest(host)
{
    /// <summary>Records every violation the browser reports, from before the page's first script.</summary>
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(
            `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/design")]
    public async Task Page_runs_under_a_strict_policy_without_any_violation(string path)
    {
        await Page.AddInitScriptAsync(ViolationRecorder);

        var response = await OpenAsync(path);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.NotNull(policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        // The site's own stylesheet and script (htmx) did load under that policy.
        Assert.Equal(
            "rgb(29, 91, 54)",
            await Page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor")
        );
        Assert.True(await Page.EvaluateAsync<bool>("() => typeof window.htmx === 'object'"), "htmx did not load.");

        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, $"{path} broke its policy: {string.Join("; ", violations)}");
        var logged = ConsoleMessages
            .Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(logged.Count == 0, $"{path} logged policy violations: {string.Join("; ", logged)}");
    }
}
