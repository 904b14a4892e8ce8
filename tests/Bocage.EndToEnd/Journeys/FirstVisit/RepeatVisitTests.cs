using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.FirstVisit;

/// <summary>
/// On a slow rural line, coming back costs little: the style sheet and the scripts are kept by the browser, and a
/// repeat visit of the home page transfers under 15 KB.
/// </summary>
public sealed class RepeatVisitTests(BrowserHost host) : BrowserTest(host)
{
    private const int Budget = 15 * 1024;

    [Fact]
    public async Task A_repeat_visit_of_the_home_page_transfers_under_15_KB()
    {
        await OpenAsync("/");
        var finished = new List<IRequest>();
        Page.RequestFinished += (_, request) => finished.Add(request);

        await Page.Locator("a.site-brand").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.Load);

        var transferred = new List<(string Url, long Bytes)>();
        foreach (var request in finished.ToList())
        {
            var sizes = await request.SizesAsync();
            transferred.Add((request.Url, sizes.ResponseBodySize + sizes.ResponseHeadersSize));
        }
        var total = transferred.Sum(t => t.Bytes);
        Assert.Contains(transferred, t => t.Url.TrimEnd('/') == Host.BaseUrl.TrimEnd('/'));
        Assert.True(
            total < Budget,
            $"{total} bytes for a repeat visit: {string.Join(", ", transferred.Select(t => $"{t.Url} {t.Bytes}"))}"
        );
    }
}
