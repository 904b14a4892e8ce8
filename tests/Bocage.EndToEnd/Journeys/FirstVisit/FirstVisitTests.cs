using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Bocage.EndToEnd.Journeys.FirstVisit;

/// <summary>
/// Every public page, opened as a first visitor does: no account, no query string. None may answer a server error
/// or greet the visitor with the error summary of a form nobody has sent yet (as /carte once did with « The Layer
/// field is required »), and each must meet WCAG 2.1 AA according to axe. Routes that need a value (a commune, a
/// procedure…) are opened through the first link to them found on the pages walked before.
/// </summary>
public sealed class FirstVisitTests(BrowserHost host, ITestOutputHelper output) : BrowserTest(host)
{
    /// <summary>The id of the title of the error summary partial (Pages/Shared/_ErrorSummary.cshtml).</summary>
    private const string ErrorSummary = "#erreurs-formulaire";

    [Fact]
    public async Task Every_public_page_opens_without_a_server_error_or_an_error_summary_and_meets_WCAG_21_AA()
    {
        var routes = PublicRoutes.Discover(Host.Services);
        Assert.Contains(routes, r => r.Path == "/carte");
        Assert.Contains(routes, r => r.Path == "/");
        Assert.DoesNotContain(routes, r => r.Path == "/gestion/journal");

        var problems = new List<string>();
        var links = new List<string>();
        foreach (var route in routes.Where(r => r.Path is not null))
        {
            links.AddRange(await VisitAsync(route.Path!, problems));
        }
        var visited = routes.Count(r => r.Path is not null);
        foreach (var route in routes.Where(r => r.Path is null))
        {
            if (links.FirstOrDefault(route.Matcher.IsMatch) is { } sample)
            {
                await VisitAsync(sample, problems);
                visited++;
            }
            else
            {
                // Such a page needs state a first visitor does not have (a started file, a receipt): nothing links to
                // it.
                output.WriteLine($"No public link leads to {route.Template}: not walked.");
            }
        }

        output.WriteLine($"{visited} public pages walked.");
        Assert.True(visited >= 20, $"Only {visited} public pages were found: the discovery is broken.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Opens one page, records what is wrong with it, and returns the site's own links it offers.</summary>
    private async Task<IReadOnlyList<string>> VisitAsync(string path, List<string> problems)
    {
        var before = problems.Count;
        var response = await Page.GotoAsync(path);
        if (response is null || response.Status >= 500)
        {
            problems.Add($"{path} answered {response?.Status.ToString() ?? "nothing"}.");
            return [];
        }
        if (await Page.Locator(ErrorSummary).CountAsync() > 0)
        {
            problems.Add(
                $"{path} shows an error summary on a first visit: {Normalise(await Page.Locator(".alert--error").First.InnerTextAsync())}"
            );
        }
        try
        {
            await Axe.AssertNoViolationsAsync(Page);
        }
        catch (Xunit.Sdk.XunitException violations)
        {
            problems.Add(violations.Message);
        }
        if (problems.Count > before)
        {
            // What the visitor saw, for whoever reads the failure.
            var file = Path.Combine(
                Path.GetTempPath(),
                "bocage-first-visit",
                (path.Trim('/').Replace('/', '_') is { Length: > 0 } name ? name : "accueil") + ".png"
            );
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            problems.Add($"  screenshot: {file}");
        }
        var hrefs = await Page.Locator("a[href^='/']")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs
            .Where(h => !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('?', '#')[0])
            .Where(h => !SiteWalk.IsDownload(h))
            .ToList();
    }
}
