using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>
/// Walks a site as a person clicking every link would, from a start page, through same-site pages only (not the
/// back office, downloads, sign-out or language links), a few pages of each kind (<c>/communes/…</c>), and checks
/// each page with <paramref name="check"/>; returns what went wrong, page by page, so that one run lists them all.
/// </summary>
internal sealed class SiteWalk(IPage page, Func<string, bool> within, Func<IPage, Task> check)
{
    private static readonly string[] Skipped =
    [
        "/gestion",
        "/deconnexion",
        "/langue/",
        "/api/",
        "/health/",
        "/lib/",
        "/css/",
        "/js/",
        "/_content/",
        "/connexion/externe",
        "/connexion/franceconnect",
    ];

    private static readonly string[] Downloads =
    [
        ".csv",
        ".json",
        ".geojson",
        ".pdf",
        ".xlsx",
        ".ics",
        ".xml",
        ".rdf",
        ".ttl",
        ".jsonld",
        ".atom",
        ".gpkg",
        ".zip",
        ".svg",
    ];

    public int PerKind { get; init; } = 3;

    public int Max { get; init; } = 60;

    public List<string> Visited { get; } = [];

    public async Task<List<string>> RunAsync(params string[] starts)
    {
        var failures = new List<string>();
        var queue = new Queue<string>(starts);
        var seen = new HashSet<string>(starts);
        var kinds = new Dictionary<string, int>();
        while (queue.TryDequeue(out var path) && Visited.Count < Max)
        {
            if (await OpenAsync(path) is not { } response)
            {
                continue; // a download (the personal-data export), not a page
            }
            Visited.Add(path);
            if (response.Status != 200)
            {
                failures.Add($"{path} answered {response.Status}");
                continue;
            }
            try
            {
                await check(page);
            }
            catch (Exception e)
            {
                failures.Add(e.Message);
            }
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>(
                "a[href]",
                "as => as.map(a => a.getAttribute('href'))"
            );
            foreach (var next in hrefs.Select(Local).OfType<string>().Where(within))
            {
                var kind = Kind(next);
                if (seen.Add(next) && kinds.GetValueOrDefault(kind) < PerKind)
                {
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    queue.Enqueue(next);
                }
            }
        }
        return failures;
    }

    private async Task<IResponse?> OpenAsync(string path)
    {
        try
        {
            return await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>
    /// The page's path without query or fragment, or null when the link leaves the site or the pages.
    /// </summary>
    private static string? Local(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var path = href.Split('#', '?')[0];
        var skipped = Skipped.Any(s => path.StartsWith(s, StringComparison.OrdinalIgnoreCase)) || IsDownload(path);
        return skipped || path.Length == 0 ? null : path;
    }

    /// <summary>A file to download or a feed (CSV, JSON-LD, Atom…), not a page.</summary>
    public static bool IsDownload(string path) =>
        Downloads.Any(d => path.EndsWith(d, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Pages of one kind share their first segment and their depth: one commune stands for the others.
    /// </summary>
    private static string Kind(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length <= 1 ? path : $"{segments[0]}/{segments.Length}";
    }
}
