using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>A page that fits the width of a phone's screen: nothing is found by scrolling sideways.</summary>
internal static class Layout
{
    // The innermost elements that reach past the screen's right edge: the culprits, named so that a failure says
    // what to fix (inside a table that scrolls, the hidden label that escaped it).
    private const string Overflowing = """
        width => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > width + 1)
          .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
          .slice(0, 5)
          .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' « '
            + (e.textContent || '').trim().slice(0, 40) + ' » ' + Math.round(e.getBoundingClientRect().right) + ' px')
        """;

    public static async Task AssertNoSidewaysScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width)
        {
            var culprits = await page.EvaluateAsync<string[]>(Overflowing, width);
            Assert.Fail($"{page.Url} is {scrollWidth} px wide on a {width} px screen: {string.Join("; ", culprits)}");
        }
    }
}
